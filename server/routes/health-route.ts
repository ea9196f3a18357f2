import type { FastifyInstance } from "fastify";
import { describeState, type Neo4jHealth, UNAVAILABLE_CODE } from "../neo4j/neo4j-health";
import { NO_QUERY } from "../http/request-schemas";

/**
 * GET /api/health: 200 with Neo4j's version when it answers, 503 with the reason when not,
 * within 4 s even when Neo4j is paused (a check already overdue answers at once).
 */
export function registerHealthRoute(app: FastifyInstance, health: Neo4jHealth): void {
  app.get("/api/health", { schema: NO_QUERY }, async (_request, reply) => {
    const unavailable = (message: string) =>
      reply.code(503).send({
        status: "unavailable",
        neo4jState: health.state.kind,
        error: { code: UNAVAILABLE_CODE, message },
      });
    const known = health.state;
    if (known.kind === "unresponsive" || known.kind === "restarting") {
      return unavailable(describeState(known));
    }
    try {
      const neo4j = await health.checkNow();
      return { status: "ok", neo4j };
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      return unavailable(`Neo4j does not answer: ${message}. ${describeState(health.state)}`);
    }
  });
}
