/**
 * Every query in cypher/, by file name without `.cypher`. Adding a query means adding its file
 * and its name here; a test checks both directions and runs EXPLAIN on each against Neo4j.
 */
export const QUERY_NAMES = [
  "schema",
  "get-seed-version",
  "get-server-info",
  "get-nodes-by-element-id",
  "await-indexes",
  "get-overview",
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
