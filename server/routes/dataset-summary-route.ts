import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import {
  computeDatasetSummary,
  readDatasetSummaries,
  storeDatasetSummary,
} from "../ingest/dataset-summary";
import { ApiError } from "../query/query-errors";
import { DATASET_SCHEMA } from "../http/request-schemas";

/**
 * GET /api/datasets/:id/summary: the dataset's summary for the start page of a large graph (kept
 * since it was written; computed now for a dataset written before summaries existed).
 */
export function registerDatasetSummaryRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
): void {
  app.get<{ Params: { id: string } }>(
    "/api/datasets/:id/summary",
    { schema: DATASET_SCHEMA },
    async (request) => {
      const { id } = request.params;
      const summaries = await readDatasetSummaries(driver, database);
      if (!summaries.has(id)) {
        throw new ApiError(404, "Ownergraph.DatasetNotFound", `There is no dataset "${id}".`);
      }
      const kept = summaries.get(id);
      if (kept) return kept;
      const summary = await computeDatasetSummary(driver, database, id);
      // A reader signed in with their own Neo4j user may not write: the next start keeps it.
      await storeDatasetSummary(driver, database, summary).catch(() => undefined);
      return summary;
    },
  );
}
