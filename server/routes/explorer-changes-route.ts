import type { FastifyInstance } from "fastify";
import type { ChangesResponse } from "../../domain/wire/explorer-api-types";
import {
  chainOnDay,
  linkChanges,
  todayUtc,
  type ChainSide,
  type LinkChange,
} from "../../domain/time";
import type { SourceIndex } from "../../domain/wire/explorer-api-types";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import type { ExplorerDatabase } from "../explorer/explorer-read";
import { readChain } from "../explorer/chain-read";
import { mergeGraphs } from "../explorer/merge-graphs";
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

/** Entities read above and below at each day (as the chain endpoints' default). */
const CHAIN_LIMIT = 2_000;

/**
 * GET /api/entities/:id/changes?from=&to=&hide=: what changed along the entity's chain up and
 * its holdings down between two days (`to` defaults to today): links that appeared, ended or
 * whose stated share changed (domain/time/link-changes.ts), each with its citations, and the
 * changed links with the entities they join as a graph for the canvas.
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
      // One read a side for both days; the domain splits it into each day's chain.
      const read = (side: ChainSide) =>
        readChain(db, side, id, { hiddenDatasets: hide, days: [from, to] }, CHAIN_LIMIT);
      const [up, down] = await Promise.all([read("up"), read("down")]);
      if (!up.graph.nodes.some((node) => node.key === id)) throw entityNotFound(id);
      const changes = (["up", "down"] as const).flatMap((side) => {
        const { graph } = side === "up" ? up : down;
        return linkChanges(
          chainOnDay(graph, id, side, from),
          chainOnDay(graph, id, side, to),
          side,
        );
      });
      return {
        entityId: id,
        from,
        to,
        ...changedPart(
          mergeGraphs([up.graph, down.graph]),
          { ...up.sources, ...down.sources },
          id,
          changes,
        ),
        changes,
      };
    },
  );
}

/** The part of the graph the changes name (their links, the entities they join, the root), and the sources they cite. */
function changedPart(
  graph: WireGraph,
  sources: SourceIndex,
  rootKey: string,
  changes: readonly LinkChange[],
): { graph: WireGraph; sources: SourceIndex } {
  const edgeKeys = new Set(
    changes.flatMap((change) => [change.beforeKey ?? "", change.afterKey ?? ""]),
  );
  const nodeKeys = new Set([
    rootKey,
    ...changes.flatMap((change) => [change.fromKey, change.toKey]),
  ]);
  const cited: SourceIndex = {};
  for (const sourceId of changes.flatMap((change) => change.sourceIds)) {
    const source = sources[sourceId];
    if (source !== undefined) cited[sourceId] = source;
  }
  return {
    graph: {
      nodes: graph.nodes.filter((node) => nodeKeys.has(node.key)),
      edges: graph.edges.filter((edge) => edgeKeys.has(edge.key)),
    },
    sources: cited,
  };
}
