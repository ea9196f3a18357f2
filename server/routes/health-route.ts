import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { readServerInfo } from "../neo4j/server-info";

/** GET /api/health: 200 with Neo4j's version when it answers, 503 with the reason when not. */
export function registerHealthRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
): void {
  app.get("/api/health", async (_request, reply) => {
    try {
      const neo4j = await readServerInfo(driver, database);
      return { status: "ok", neo4j };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(503).send({
        status: "unavailable",
        error: {
          code: "Ownergraph.Neo4jUnavailable",
          message: `Neo4j does not answer: ${message}`,
        },
      });
    }
  });
}
