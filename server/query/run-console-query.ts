import neo4j, { Neo4jError, type Driver, type Session, type Transaction } from "neo4j-driver";
import type { QueryLimits } from "../config";
import { readQueryPrefix } from "./query-prefix";
import { ApiError, relocateError, timeoutError, toApiError } from "./query-errors";
import { adminCommandRefusal, needsImplicitTransaction, refuseUnsafe } from "./query-safety";
import { summarize } from "./plan-summary";
import { ExplainCache } from "./explain-cache";
import {
  collectResult,
  modeOf,
  planOnlyResult,
  type ConsoleOutcome,
  type ConsoleResultBody,
  type EagerReader,
  type QueryRunner,
} from "./console-result";

import type { RowSink } from "./console-rows";

export type { ConsoleOutcome } from "./console-result";

export interface ConsoleQueryRequest {
  query: string;
  params: Record<string, unknown>;
}

/** Transaction metadata that marks the console's transactions in SHOW TRANSACTIONS. */
export const CONSOLE_TX_METADATA = { app: "ownergraph-console" };

/** Neo4j's "every record" fetch size. */
const FETCH_ALL = -1;

/** How long past its timeout a query may take before the server stops waiting for Neo4j. */
const DEADLINE_GRACE_MS = 5_000;

/**
 * Runs one console query safely. In the default read-only mode: a READ session, EXPLAIN first
 * to learn the query type (writes, schema and admin commands, LOAD CSV are refused before
 * anything runs), then the query itself in the same READ transaction, which is never committed.
 * Every transaction carries the timeout; rows and graph elements are capped. Rows go to `rows`
 * as they stream in.
 *
 * Cancelling (the client went away) or passing the deadline closes the session: the driver then
 * resets the connection, which rolls the transaction back and stops the query inside Neo4j
 * (a plain rollback would wait for the running query to finish).
 */
export async function runConsoleQuery(
  driver: Driver,
  database: string | undefined,
  limits: QueryLimits,
  request: ConsoleQueryRequest,
  rows: RowSink,
  signal?: AbortSignal,
  explainCache?: ExplainCache,
): Promise<ConsoleOutcome> {
  const started = performance.now();
  const { mode: planMode, body } = readQueryPrefix(request.query);
  const session = driver.session({
    database,
    defaultAccessMode: limits.allowWrites ? neo4j.session.WRITE : neo4j.session.READ,
    // One PULL for every record (-1), never a batch at a time: a stream cut off at a cap is
    // stopped by closing the session (a RESET), and a batch's PULL that the driver sent after
    // that RESET failed in Neo4j and broke the connection for the next query that used it.
    fetchSize: FETCH_ALL,
  });
  let stopped: "cancelled" | "deadline" | null = null;
  const stop = (why: "cancelled" | "deadline") => {
    if (stopped) return;
    stopped = why;
    void session.close().catch(() => undefined);
  };
  const onAbort = () => stop("cancelled");
  signal?.addEventListener("abort", onAbort);
  const deadline = setTimeout(() => stop("deadline"), limits.timeoutMs + DEADLINE_GRACE_MS);
  const readElsewhere: EagerReader = (query, params) =>
    driver.executeQuery(query, params, {
      database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: limits.timeoutMs },
    });
  // Characters the text sent to Neo4j differs from the user's text by, for error positions.
  const skipped = request.query.length - body.length;
  let shift = skipped - "EXPLAIN ".length;
  try {
    if (signal?.aborted) {
      stop("cancelled");
      throw new Error("cancelled before it started");
    }
    // Not awaited: the driver pipelines BEGIN with the first RUN, saving a round trip.
    const tx: Transaction = session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: CONSOLE_TX_METADATA,
    });
    const cacheKey = ExplainCache.key(database, body);
    const cached = planMode === "explain" ? undefined : explainCache?.get(cacheKey);
    const explainSummary =
      cached ?? summarize((await tx.run(`EXPLAIN ${body}`, request.params)).summary);
    if (!cached) explainCache?.set(cacheKey, explainSummary);
    if (!limits.allowWrites) refuseUnsafe(explainSummary);
    let result: ConsoleResultBody;
    if (planMode === "explain") {
      result = planOnlyResult(explainSummary);
    } else {
      const text = planMode === "profile" ? `PROFILE ${body}` : body;
      shift = skipped - (text.length - body.length);
      // Only in read-write mode: IN TRANSACTIONS commits batch by batch, outside a transaction.
      const implicit = limits.allowWrites && needsImplicitTransaction(explainSummary);
      if (implicit) await tx.rollback();
      const runner: QueryRunner = implicit ? autoCommit(session, limits) : tx;
      result = await collectResult(
        runner,
        text,
        request.params,
        limits,
        explainSummary,
        readElsewhere,
        rows,
      );
      if (limits.allowWrites && !implicit) await tx.commit();
    }
    const elapsedMs = Math.round(performance.now() - started);
    return { ...result, summary: { ...result.summary, elapsedMs }, mode: modeOf(limits) };
  } catch (error) {
    if (stopped === "cancelled") {
      throw new ApiError(499, "Ownergraph.QueryCancelled", "The query was cancelled.");
    }
    if (stopped === "deadline") throw timeoutError(limits.timeoutMs);
    if (error instanceof ApiError && !error.position) throw error;
    if (!limits.allowWrites && error instanceof Neo4jError) {
      const refusal = adminCommandRefusal(error.code, error.message);
      if (refusal) throw refusal;
    }
    throw relocateError(toApiError(error, limits.timeoutMs), request.query, shift);
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener("abort", onAbort);
    // Closing with the transaction still open rolls it back: never committed. The answer does
    // not wait for that round trip; the connection returns to the pool when it is done.
    if (!stopped) void session.close().catch(() => undefined);
  }
}

/** Auto-commit queries of the session, each with the console's timeout and metadata. */
function autoCommit(session: Session, limits: QueryLimits): QueryRunner {
  return {
    run: (query, params) =>
      session.run(query, params, { timeout: limits.timeoutMs, metadata: CONSOLE_TX_METADATA }),
  };
}
