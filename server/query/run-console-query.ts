import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import type { QueryLimits } from "../config";
import type { CellValue, WireGraph } from "../../domain/graph/graph-wire-types";
import { cypher } from "../../cypher/registry";
import { GraphBuilder } from "./graph-builder";
import { toCellValue } from "./neo4j-values";
import { planOperators, summarize, type QuerySummary } from "./plan-summary";
import { readQueryPrefix } from "./query-prefix";
import { ApiError, readOnlyError, relocateError, toApiError } from "./query-errors";

export interface ConsoleQueryRequest {
  query: string;
  params: Record<string, unknown>;
}

export interface ConsoleQueryResult {
  columns: string[];
  rows: CellValue[][];
  graph: WireGraph;
  truncated: boolean;
  truncation: { reason: "rows" | "graph"; limit: number; message: string } | null;
  summary: QuerySummary;
  mode: "read-only" | "read-write";
}

const WRITE_TYPES = new Set(["w", "rw", "s"]);

/**
 * Runs one console query safely. In the default read-only mode: a READ session, EXPLAIN first
 * to learn the query type (writes, schema changes and LOAD CSV are refused before anything runs),
 * then the query itself in a transaction that is always rolled back. Every transaction carries the
 * timeout; rows and graph elements are capped, and a capped result says so.
 */
export async function runConsoleQuery(
  driver: Driver,
  database: string | undefined,
  limits: QueryLimits,
  request: ConsoleQueryRequest,
  signal?: AbortSignal,
): Promise<ConsoleQueryResult> {
  const { mode: planMode, body } = readQueryPrefix(request.query);
  const session = driver.session({
    database,
    defaultAccessMode: limits.allowWrites ? neo4j.session.WRITE : neo4j.session.READ,
  });
  let tx: Transaction | undefined;
  // Characters the text sent to Neo4j differs from the user's text by, for error positions.
  const skipped = request.query.length - body.length;
  let shift = skipped - "EXPLAIN ".length;
  const abort = () => void tx?.rollback().catch(() => undefined);
  signal?.addEventListener("abort", abort);
  try {
    tx = await session.beginTransaction({ timeout: limits.timeoutMs });
    const explained = await tx.run(`EXPLAIN ${body}`, request.params);
    const explainSummary = summarize(explained.summary);
    if (!limits.allowWrites) refuseUnsafe(explainSummary);
    if (planMode === "explain") {
      return emptyResult(explainSummary, limits);
    }
    const text = planMode === "profile" ? `PROFILE ${body}` : body;
    shift = skipped - (text.length - body.length);
    const result = await collect(tx, text, request.params, limits);
    if (limits.allowWrites) await tx.commit();
    return result;
  } catch (error) {
    if (signal?.aborted)
      throw new ApiError(499, "Ownergraph.QueryCancelled", "The query was cancelled.");
    throw relocateError(toApiError(error, limits.timeoutMs), request.query, shift);
  } finally {
    signal?.removeEventListener("abort", abort);
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

function refuseUnsafe(summary: QuerySummary): void {
  if (WRITE_TYPES.has(summary.queryType)) {
    const what =
      summary.queryType === "s" ? "it would change the schema" : "it would write to the graph";
    throw readOnlyError(`${what} (Neo4j query type "${summary.queryType}").`);
  }
  if (planOperators(summary.plan).some((operator) => /LoadCSV/i.test(operator))) {
    throw readOnlyError("LOAD CSV is not allowed here.");
  }
}

async function collect(
  tx: Transaction,
  text: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
): Promise<ConsoleQueryResult> {
  const builder = new GraphBuilder();
  const rows: CellValue[][] = [];
  let truncation: ConsoleQueryResult["truncation"] = null;
  const result = tx.run(text, params);
  const columns = [...(await result.keys())].map(String);
  for await (const record of result) {
    if (rows.length >= limits.maxRows) {
      truncation = {
        reason: "rows",
        limit: limits.maxRows,
        message: `Only the first ${limits.maxRows} rows are shown. Add LIMIT or narrow the MATCH to see the rest.`,
      };
      break;
    }
    rows.push(record.keys.map((key) => toCellValue(record.get(key), builder)));
    if (builder.size > limits.maxGraphElements) {
      truncation = {
        reason: "graph",
        limit: limits.maxGraphElements,
        message: `The result holds more than ${limits.maxGraphElements} nodes and relationships; the rest are left out. Return fewer paths or add LIMIT.`,
      };
      break;
    }
  }
  const summary = truncation ? null : summarize(await result.summary());
  await addMissingEndpoints(tx, builder);
  return {
    columns,
    rows,
    graph: builder.toWireGraph(),
    truncated: truncation !== null,
    truncation,
    summary: summary ?? emptySummary(),
    mode: limits.allowWrites ? "read-write" : "read-only",
  };
}

/** Relationships returned without their end nodes still get drawn: fetch those nodes. */
async function addMissingEndpoints(tx: Transaction, builder: GraphBuilder): Promise<void> {
  const ids = builder.missingEndpoints();
  if (ids.length === 0) return;
  const result = await tx.run(cypher("get-nodes-by-element-id"), { elementIds: ids });
  for (const record of result.records) {
    toCellValue(record.get("node"), builder);
  }
}

function emptyResult(summary: QuerySummary, limits: QueryLimits): ConsoleQueryResult {
  return {
    columns: [],
    rows: [],
    graph: { nodes: [], edges: [] },
    truncated: false,
    truncation: null,
    summary,
    mode: limits.allowWrites ? "read-write" : "read-only",
  };
}

function emptySummary(): QuerySummary {
  return {
    queryType: "r",
    counters: {},
    containsUpdates: false,
    resultAvailableAfterMs: null,
    resultConsumedAfterMs: null,
    plan: null,
    notifications: [],
  };
}
