import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import { withEntityKeys } from "../../domain/wire/entity-keys";
import type { ChangesResponse } from "../../domain/wire/explorer-api-types";
import { linkChanges, todayUtc, type ChainSide } from "../../domain/time";
import { readGraphCitingSources, type ExplorerDatabase } from "../explorer/explorer-read";
import { mergeGraphs, mergeSources } from "../explorer/merge-graphs";
import {
  checkEntityId,
  dayParam,
  hiddenDatasets,
  INVALID_PARAMETER,
  type QueryString,
} from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";
import { ApiError } from "../query/query-errors";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

const QUERIES = { up: "find-chain-up-subgraph", down: "find-chain-down-subgraph" } as const;
/** Entities read above and below at each day (as the chain endpoints' default). */
const CHAIN_LIMIT = 2_000;

/**
 * GET /api/entities/:id/changes?from=&to=&hide=: what changed along the entity's chain up and
 * its holdings down between two days (`to` defaults to today): links that appeared, ended or
 * whose stated share changed (domain/time/link-changes.ts), each with its citations, and the
 * links of both days as one graph for the canvas.
 */
export function registerExplorerChangesRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/entities/:id/changes",
    { schema: EXPLORER_SCHEMAS.changes },
    async (request): Promise<ChangesResponse> => {
      const id = checkEntityId((request.params as { id?: string }).id, "id");
      const query = request.query as QueryString;
      const from = dayParam(query, "from");
      if (from === null) {
        throw new ApiError(
          400,
          INVALID_PARAMETER,
          "from must be a day written YYYY-MM-DD, e.g. 2019-07-22: the first day to compare.",
        );
      }
      const to = dayParam(query, "to") ?? todayUtc();
      if (to < from) {
        throw new ApiError(
          400,
          INVALID_PARAMETER,
          `to (${to}) comes before from (${from}); swap them.`,
        );
      }
      const hide = hiddenDatasets(query);
      const read = (side: ChainSide, day: string) =>
        readGraphCitingSources(db, QUERIES[side], {
          id,
          limit: neo4j.int(CHAIN_LIMIT),
          hiddenDatasets: hide,
          day,
        }).then((result) => ({ ...result, graph: withEntityKeys(result.graph).graph }));
      const [upBefore, upAfter, downBefore, downAfter] = await Promise.all([
        read("up", from),
        read("up", to),
        read("down", from),
        read("down", to),
      ]);
      if (!upBefore.graph.nodes.some((node) => node.key === id)) throw entityNotFound(id);
      const reads = [upBefore, upAfter, downBefore, downAfter];
      return {
        entityId: id,
        from,
        to,
        graph: mergeGraphs(reads.map((result) => result.graph)),
        sources: mergeSources(reads.map((result) => result.sources)),
        changes: [
          ...linkChanges(upBefore.graph, upAfter.graph, "up"),
          ...linkChanges(downBefore.graph, downAfter.graph, "down"),
        ],
      };
    },
  );
}
