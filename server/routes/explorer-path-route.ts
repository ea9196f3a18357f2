import type { FastifyInstance } from "fastify";
import type { PathResponse } from "../../domain/wire/explorer-api-types";
import type { CellValue } from "../../domain/wire/graph-wire-types";
import { ApiError } from "../query/query-errors";
import {
  readExplorerGraph,
  readGraphWithSources,
  type ExplorerDatabase,
} from "../explorer/explorer-read";
import {
  INVALID_PARAMETER,
  asOfDay,
  hiddenDatasets,
  requiredEntityId,
  type QueryString,
} from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

/**
 * GET /api/path?from=&to=&hide=&asOf=: the shortest chain of relationships between two entities, either
 * direction, at most 12 links. No path is an answer too (`found: false`), not an error.
 */
export function registerExplorerPathRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/path",
    { schema: EXPLORER_SCHEMAS.path },
    async (request): Promise<PathResponse> => {
      const query = request.query as QueryString;
      const fromId = requiredEntityId(query, "from");
      const toId = requiredEntityId(query, "to");
      if (fromId === toId) {
        throw new ApiError(
          400,
          INVALID_PARAMETER,
          `"from" and "to" are both "${fromId}"; pick two different entities.`,
        );
      }
      const { graph, records, sources } = await readGraphWithSources(db, "find-shortest-path", {
        fromId,
        toId,
        hiddenDatasets: hiddenDatasets(query),
        day: asOfDay(query),
      });
      const path = records[0]?.["path"] as Extract<CellValue, { $type: "Path" }> | undefined;
      if (!path) {
        const known = await readExplorerGraph(db, "get-entities-by-id", {
          ids: [fromId, toId],
          hiddenDatasets: [],
          day: asOfDay(query),
        });
        for (const id of [fromId, toId]) {
          if (!known.graph.nodes.some((node) => node.attributes.properties["id"] === id))
            throw entityNotFound(id);
        }
        return {
          graph,
          sources,
          fromId,
          toId,
          found: false,
          nodeKeys: [],
          edgeKeys: [],
          message: "No chain of at most 12 relationships connects these two entities.",
        };
      }
      return {
        graph,
        sources,
        fromId,
        toId,
        found: true,
        nodeKeys: path.nodes,
        edgeKeys: path.relationships,
        message: null,
      };
    },
  );
}
