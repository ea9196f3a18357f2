import type { FastifyInstance, FastifyReply } from "fastify";
import { describeState, UNAVAILABLE_CODE, type Neo4jHealth } from "../neo4j/neo4j-health";

/** API routes that answer without Neo4j (health checks Neo4j itself, with its own deadline). */
const ROUTES_WITHOUT_NEO4J = new Set([
  "/api/health",
  "/api/cypher/mode",
  "/api/examples",
  "/api/export/formats",
  "/api/session",
  "/api/sign-in",
  "/api/sign-out",
]);

function needsNeo4j(url: string | undefined): boolean {
  return url !== undefined && url.startsWith("/api/") && !ROUTES_WITHOUT_NEO4J.has(url);
}

/**
 * Every API request that reads Neo4j gets a deadline from the health check: while Neo4j is
 * known not to answer (paused, gone, restarting) such a request is a 503 at once, and requests
 * already waiting on it are answered with a 503 as soon as a check overruns its 5 s deadline,
 * instead of hanging until Neo4j comes back.
 */
export function registerNeo4jGate(app: FastifyInstance, health: Neo4jHealth): void {
  const waiting = new Set<FastifyReply>();

  app.addHook("onRequest", async (request, reply) => {
    if (!needsNeo4j(request.routeOptions.url)) return;
    const unavailable = health.unavailableError();
    if (unavailable) throw unavailable;
    waiting.add(reply);
  });
  const forget = async (_request: unknown, reply: FastifyReply) => {
    waiting.delete(reply);
  };
  app.addHook("onResponse", forget);
  app.addHook("onRequestAbort", async (request) => {
    for (const reply of waiting) if (reply.request === request) waiting.delete(reply);
  });

  const unsubscribe = health.onChange((state) => {
    if (state.kind === "up") return;
    const message = `${describeState(state)} This request was given up.`;
    for (const reply of waiting) {
      if (!reply.sent && !reply.raw.headersSent) {
        void reply.code(503).send({ error: { code: UNAVAILABLE_CODE, message } });
      }
    }
    waiting.clear();
  });
  app.addHook("onClose", async () => unsubscribe());
}
