import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { asOfDay, hiddenDatasets, type QueryString } from "../explorer/request-params";
import { readGraph } from "../query/read-graph";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

/** GET /api/overview?hide=&asOf=: a capped first picture of the graph for an empty canvas. */
export function registerOverviewRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
): void {
  app.get("/api/overview", { schema: EXPLORER_SCHEMAS.overview }, async (request) => {
    const { graph } = await readGraph(driver, database, "get-overview", {
      limit: neo4j.int(500),
      hiddenDatasets: hiddenDatasets(request.query as QueryString),
      day: asOfDay(request.query as QueryString),
    });
    return graph;
  });
}
