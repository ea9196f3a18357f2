import type { Record as Neo4jRecord, Result, ResultSummary } from "neo4j-driver";
import type { QueryLimits } from "../config";
import type { CellValue } from "../../domain/wire/graph-wire-types";
import type {
  ConsoleMode,
  ConsoleQueryResult,
  Truncation,
} from "../../domain/console/console-wire-types";
import { cypher } from "../../cypher/registry";
import { GraphBuilder } from "./graph-builder";
import { toCellValue } from "./neo4j-values";
import { summarize, type QuerySummary } from "./plan-summary";
import type { RowSink } from "./console-rows";

export type { ConsoleQueryResult } from "../../domain/console/console-wire-types";

/** A console result without its rows, which went to a RowSink as they streamed in. */
export type ConsoleOutcome = Omit<ConsoleQueryResult, "rows">;

export type ConsoleResultBody = Omit<ConsoleOutcome, "summary" | "mode"> & {
  summary: QuerySummary;
};

export function modeOf(limits: QueryLimits): ConsoleMode {
  return limits.allowWrites ? "read-write" : "read-only";
}

/**
 * Streams a query's records into rows and a wire graph, stopping at the row or graph-element cap.
 * A capped result keeps the EXPLAIN summary (the full one only exists once every row was read).
 */
/** A transaction, or a session running auto-commit queries. */
export interface QueryRunner {
  run(query: string, params: Record<string, unknown>): Result;
}

/** Runs one of the app's own read queries to completion. */
export type EagerReader = (
  query: string,
  params: Record<string, unknown>,
) => PromiseLike<{ records: Neo4jRecord[] }>;

interface Collected {
  columns: string[];
  truncation: Truncation | null;
  /** Null when cut off: the full summary only exists once every record was read. */
  summary: ResultSummary | null;
}

/**
 * Reads records as they stream in (a callback per record: the driver's async iterator costs
 * about half again as much on large results) until the stream ends or a cap is reached. A capped
 * stream is left running: the caller closes the session, which stops the query in Neo4j.
 */
function stream(
  result: Result,
  limits: QueryLimits,
  builder: GraphBuilder,
  rows: RowSink,
): Promise<Collected> {
  const collected: Collected = { columns: [], truncation: null, summary: null };
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (truncation: Truncation) => {
      done = true;
      collected.truncation = truncation;
      resolve(collected);
    };
    result.subscribe({
      onKeys: (keys) => {
        collected.columns = keys.map(String);
      },
      onNext: (record) => {
        if (done) return;
        if (rows.count >= limits.maxRows) return finish(rowCap(limits.maxRows));
        const row: CellValue[] = [];
        for (let index = 0; index < record.length; index++) {
          row.push(toCellValue(record.get(index), builder));
        }
        rows.add(row);
        if (builder.overflowed) finish(graphCap(limits.maxGraphElements, rows.count));
      },
      onCompleted: (summary) => {
        if (done) return;
        done = true;
        collected.summary = summary;
        resolve(collected);
      },
      onError: (error) => {
        if (done) return;
        done = true;
        reject(error);
      },
    });
  });
}

function rowCap(limit: number): Truncation {
  return {
    reason: "rows",
    limit,
    message: `Only the first ${limit} rows are shown. Add LIMIT, ORDER BY, or a more specific MATCH or WHERE to see the rows you want.`,
  };
}

function graphCap(limit: number, rows: number): Truncation {
  return {
    reason: "graph",
    limit,
    message: `The result holds more than ${limit} nodes and relationships: the graph shows the first ${limit} and the table stops at row ${rows}. Return fewer or shorter paths, or add LIMIT.`,
  };
}

/**
 * Runs the query and turns its records into rows and a wire graph, capped. `readElsewhere`
 * fetches missing relationship ends when the transaction is still busy with a capped stream.
 */
export async function collectResult(
  tx: QueryRunner,
  text: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  explainSummary: QuerySummary,
  readElsewhere: EagerReader,
  rows: RowSink,
): Promise<ConsoleResultBody> {
  const builder = new GraphBuilder(limits.maxGraphElements);
  const collected = await stream(tx.run(text, params), limits, builder, rows);
  const reader: EagerReader = collected.summary
    ? (query, queryParams) => tx.run(query, queryParams)
    : readElsewhere;
  await addMissingEndpoints(reader, builder);
  return {
    columns: collected.columns,
    graph: builder.toWireGraph(),
    truncated: collected.truncation !== null,
    truncation: collected.truncation,
    summary: collected.summary ? summarize(collected.summary) : { ...explainSummary, plan: null },
  };
}

/** Relationships returned without their end nodes still get drawn: fetch those nodes. */
async function addMissingEndpoints(read: EagerReader, builder: GraphBuilder): Promise<void> {
  const ids = builder.missingEndpoints();
  if (ids.length === 0) return;
  const { records } = await read(cypher("get-nodes-by-element-id"), { elementIds: ids });
  for (const record of records) toCellValue(record.get("node"), builder);
}

export function planOnlyResult(summary: QuerySummary): ConsoleResultBody {
  return {
    columns: [],
    graph: { nodes: [], edges: [] },
    truncated: false,
    truncation: null,
    summary,
  };
}
