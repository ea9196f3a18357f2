/**
 * Every query in cypher/, by file name without `.cypher`. Adding a query means adding its file
 * and its name here; a test checks both directions and runs EXPLAIN on each against Neo4j.
 */
export const QUERY_NAMES = [
  "schema",
  "get-dataset-version",
  "get-server-info",
  "get-current-user-roles",
  "get-nodes-by-element-id",
  "await-indexes",
  "get-overview",
  "search-entities",
  "get-entities-by-id",
  "get-entity-by-id",
  "count-entity-relationships",
  "find-entity-neighbours",
  "get-chain-up-subgraph",
  "walk-chain-up",
  "get-chain-down-subgraph",
  "walk-chain-down",
  "find-shortest-path",
  "find-entity-timeline",
  "get-sources-by-id",
  "get-schema-tokens",
  "get-procedure-signatures",
  "get-function-signatures",
  "merge-synthetic-entities",
  "merge-synthetic-relationships",
  "delete-dataset-relationships",
  "merge-sources",
  "merge-entities",
  "delete-stale-dataset-nodes",
  "merge-relationships",
  "merge-citations",
  "set-dataset",
  "link-dataset-joins",
  "delete-dataset",
  "list-datasets",
  "get-export-subgraph",
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
