/**
 * What the Cypher console's endpoints send (POST /api/cypher, GET /api/cypher/mode,
 * GET /api/schema-info, GET /api/examples), shared by the server and the browser.
 */
import type { CellValue, PropertyValue, WireGraph } from "../wire/graph-wire-types";

export type ConsoleMode = "read-only" | "read-write";

/** A query plan as JSON: operator, identifiers, arguments and children (PROFILE adds counts). */
export interface PlanNode {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, PropertyValue>;
  rows?: number;
  dbHits?: number;
  children: PlanNode[];
}

export interface QueryNotification {
  code: string;
  title: string;
  description: string;
  severity: string;
}

export interface QuerySummary {
  /** Neo4j's query type: "r", "rw", "w" or "s". */
  queryType: string;
  counters: Record<string, number>;
  containsUpdates: boolean;
  resultAvailableAfterMs: number | null;
  resultConsumedAfterMs: number | null;
  plan: PlanNode | null;
  notifications: QueryNotification[];
}

export interface ConsoleSummary extends QuerySummary {
  /** Wall-clock time the server spent on the request, EXPLAIN check included. */
  elapsedMs: number;
}

export interface Truncation {
  reason: "rows" | "graph";
  limit: number;
  message: string;
}

export interface ConsoleQueryResult {
  columns: string[];
  rows: CellValue[][];
  graph: WireGraph;
  truncated: boolean;
  truncation: Truncation | null;
  summary: ConsoleSummary;
  mode: ConsoleMode;
}

export interface ConsoleModeInfo {
  mode: ConsoleMode;
  timeoutMs: number;
  maxRows: number;
  maxGraphElements: number;
}

/** What the console's editor completes from: names taken from the live database. */
export interface SchemaInfo {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  procedures: {
    name: string;
    signature: string;
    description: string;
    returnItems: { name: string; signature: string }[];
  }[];
  functions: { name: string; signature: string; description: string }[];
}

/** One example query the console lists and runs in one click. */
export interface CypherExample {
  /** File name in cypher/examples/ without `.cypher`. */
  id: string;
  title: string;
  description: string;
  /** The query without its header lines. */
  query: string;
  /** The parameters as the console's parameter box shows them (pretty JSON text). */
  paramsText: string;
}

/** The error code of parameters that are not a JSON object; its position is in `paramsText`. */
export const INVALID_PARAMS_CODE = "Ownergraph.InvalidParameters";
