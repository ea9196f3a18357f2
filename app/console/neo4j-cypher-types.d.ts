// The @neo4j-cypher packages ship their types, but their package.json "exports" maps do not
// name them, so TypeScript's bundler resolution cannot find them. Point at them here.
declare module "@neo4j-cypher/react-codemirror" {
  export * from "@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts";
}
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
