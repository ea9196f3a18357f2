import path from "node:path";

/** The `java` the embedded Neo4j and its neo4j-admin run on: JAVA_HOME's, else the one on PATH. */
export function javaExecutable(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

/**
 * OWNERGRAPH_NEO4J_JAVA_OPTS: more JVM flags for the embedded Neo4j and neo4j-admin, separated by
 * spaces (a GC log, say; the tests ask for a JVM that starts quicker). Read when a JVM starts.
 */
export function extraJvmFlags(): string[] {
  return (process.env.OWNERGRAPH_NEO4J_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean);
}
