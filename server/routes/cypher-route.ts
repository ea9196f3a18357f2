import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import type { QueryLimits } from "../config";
import { runConsoleQuery } from "../query/run-console-query";
import { ApiError } from "../query/query-errors";
import { toNeo4jParams } from "../query/json-params";

const MAX_QUERY_LENGTH = 100_000;

/** POST /api/cypher { query, params }: the console's endpoint, read-only unless configured. */
export function registerCypherRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
  limits: QueryLimits,
): void {
  app.get("/api/cypher/mode", async () => ({
    mode: limits.allowWrites ? "read-write" : "read-only",
    timeoutMs: limits.timeoutMs,
    maxRows: limits.maxRows,
    maxGraphElements: limits.maxGraphElements,
  }));

  app.post("/api/cypher", async (request, reply) => {
    const body = readBody(request.body);
    const controller = new AbortController();
    // A client that goes away (or presses Cancel) stops its query in Neo4j too.
    reply.raw.on("close", () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const result = await runConsoleQuery(driver, database, limits, body, controller.signal);
    return result;
  });
}

function readBody(body: unknown): { query: string; params: Record<string, unknown> } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'Send a JSON object: { "query": "...", "params": { } }.',
    );
  }
  const { query, params } = body as { query?: unknown; params?: unknown };
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
  if (
    params !== undefined &&
    (typeof params !== "object" || params === null || Array.isArray(params))
  ) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'The field "params" must be a JSON object mapping parameter names to values, e.g. { "id": "aisino" }.',
    );
  }
  return { query, params: toNeo4jParams((params as Record<string, unknown> | undefined) ?? {}) };
}
