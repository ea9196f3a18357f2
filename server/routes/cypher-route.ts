import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Driver } from "neo4j-driver";
import type { QueryLimits } from "../config";
import type { ConsoleModeInfo } from "../../domain/console/console-wire-types";
import { runConsoleQuery, type ConsoleQueryRequest } from "../query/run-console-query";
import { ValueRows } from "../query/console-rows";
import { ApiError, ReadOnlyRefusal, readerReadOnlyError } from "../query/query-errors";
import { readConsoleParams } from "../query/console-params";
import { ExplainCache } from "../query/explain-cache";
import type { AuditLog } from "../http/audit-log";
import { CYPHER_SCHEMA, NO_QUERY } from "../http/request-schemas";

const MAX_QUERY_LENGTH = 100_000;

/**
 * POST /api/cypher { query, params | paramsText }: the console's endpoint, read-only unless the
 * server runs with OWNERGRAPH_ALLOW_WRITES. GET /api/cypher/mode: that mode and the limits.
 */
export function registerCypherRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
  limits: QueryLimits,
  audit: AuditLog,
): void {
  // A reader's console is read-only even where the server allows writes.
  const limitsFor = (request: FastifyRequest): QueryLimits =>
    request.ownergraphRole === "editor" ? limits : { ...limits, allowWrites: false };

  app.get("/api/cypher/mode", { schema: NO_QUERY }, async (request): Promise<ConsoleModeInfo> => ({
    mode: limitsFor(request).allowWrites ? "read-write" : "read-only",
    timeoutMs: limits.timeoutMs,
    maxRows: limits.maxRows,
    maxGraphElements: limits.maxGraphElements,
  }));

  const explainCache = new ExplainCache();
  app.post("/api/cypher", { schema: CYPHER_SCHEMA }, async (request, reply) => {
    const body = readBody(request.body);
    const controller = new AbortController();
    // A client that goes away (or presses Cancel) stops its query in Neo4j too.
    reply.raw.on("close", () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const rows = new ValueRows();
    const outcome = await runConsoleQuery(
      driver,
      database,
      limitsFor(request),
      body,
      rows,
      controller.signal,
      explainCache,
    ).catch((error: unknown) => {
      // Only the reader's role stands between this write and a server that allows writes.
      const reader = request.ownergraphRole !== "editor" && limits.allowWrites;
      if (reader && error instanceof ReadOnlyRefusal) throw readerReadOnlyError(error);
      throw error;
    });
    if (outcome.summary.containsUpdates) {
      audit.record(request, {
        event: "console-write",
        query: body.query,
        counters: outcome.summary.counters,
      });
    }
    return { ...outcome, rows: rows.rows };
  });
}

function readBody(body: unknown): ConsoleQueryRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'Send a JSON object: { "query": "...", "params": { } } or { "query": "...", "paramsText": "{ }" }.',
    );
  }
  const { query, params, paramsText } = body as {
    query?: unknown;
    params?: unknown;
    paramsText?: unknown;
  };
  if (typeof query !== "string" || query.trim() === "") {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'The field "query" must be a non-empty string of Cypher.',
    );
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      `The query is longer than ${MAX_QUERY_LENGTH} characters.`,
    );
  }
  return { query, params: readConsoleParams(params, paramsText) };
}
