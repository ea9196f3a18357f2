import { preferQuickStartingJvm } from "./quick-jvm";
import { loadConfig } from "../../server/config";
import { ensureLauncherClasspath } from "../../server/neo4j/launcher-build";

/**
 * Builds the Java launcher of the embedded Neo4j (Maven, once) before the tests that start
 * Neo4j stores of their own run, so they do not each start a Maven build in the same folder
 * while the shared test database's setup starts one too. Nothing to do when the build is
 * current (`.ci/run` builds it while `npm ci` runs) or when NEO4J_URI names a Neo4j.
 */
export default async function setup(): Promise<void> {
  if (loadConfig().neo4j.kind !== "embedded") return;
  preferQuickStartingJvm();
  await ensureLauncherClasspath((line) => console.info(`[neo4j] ${line}`));
}
