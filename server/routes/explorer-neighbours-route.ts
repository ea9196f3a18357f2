import { typesOfKind } from "../../domain/model";
import type { FastifyInstance } from "fastify";
import type { NeighboursResponse } from "../../domain/wire/explorer-api-types";
import {
  countOf,
  readExplorerGraph,
  readGraphCitingSources,
  type ExplorerDatabase,
} from "../explorer/explorer-read";
import {
  asOfDay,
  checkEntityId,
  directionParam,
  hiddenDatasets,
  integerParam,
  relationshipTypes,
  type QueryString,
} from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";
import { todayUtc } from "../../domain/time";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

export const MAX_PAGE_SIZE = 500;

/**
 * GET /api/entities/:id/neighbours?types=OWNS,CONTROLS&direction=both&skip=0&limit=50:
 * one page of an entity's relationships and the entities at their other end, with honest
 * totals (all pages, and by type) so a super-node expands in pages, never all at once.
 */
// Ownership, then control, come first in a page (the registry says which types they are).
const OWNERSHIP_KIND_TYPES = typesOfKind("ownership");
const CONTROL_KIND_TYPES = typesOfKind("control");

export function registerExplorerNeighboursRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/entities/:id/neighbours",
    { schema: EXPLORER_SCHEMAS.neighbours },
    async (request): Promise<NeighboursResponse> => {
      const id = checkEntityId((request.params as { id?: string }).id, "id");
      const query = request.query as QueryString;
      const types = relationshipTypes(query, "types");
      const direction = directionParam(query, "direction");
      const skip = integerParam(query, "skip", { min: 0, max: 10_000_000, fallback: 0 });
      const limit = integerParam(query, "limit", { min: 1, max: MAX_PAGE_SIZE, fallback: 50 });
      const hide = hiddenDatasets(query);
      const day = asOfDay(query);

      // The totals and the page are independent: ask for both at once.
      const [counts, page] = await Promise.all([
        readExplorerGraph(db, "count-entity-relationships", {
          id,
          direction,
          hiddenDatasets: hide,
          day,
        }),
        readGraphCitingSources(db, "find-entity-neighbours", {
          id,
          types,
          direction,
          skip,
          limit,
          ownershipTypes: OWNERSHIP_KIND_TYPES,
          controlTypes: CONTROL_KIND_TYPES,
          hiddenDatasets: hide,
          day,
        }),
      ]);
      const totalsByType: Record<string, number> = {};
      for (const record of counts.records)
        totalsByType[String(record["type"])] = countOf(record["count"]);
      const total = Object.entries(totalsByType)
        .filter(([type]) => types.length === 0 || types.includes(type))
        .reduce((sum, [, count]) => sum + count, 0);
      if (page.records.length === 0 && total === 0) await assertEntityExists(db, id);
      const edgesByKey = new Map(page.graph.edges.map((edge) => [edge.key, edge]));
      const listed = page.records[0]?.["page"];
      const items = (Array.isArray(listed) ? listed : []).flatMap((item) => {
        const { link, neighbour } = (item ?? {}) as {
          link?: { elementId?: string };
          neighbour?: { elementId?: string };
        };
        const edge = link?.elementId ? edgesByKey.get(link.elementId) : undefined;
        return edge && neighbour?.elementId ? [{ edge, neighbourKey: neighbour.elementId }] : [];
      });
      const skipped = skip.toNumber();
      return {
        graph: page.graph,
        sources: page.sources,
        entityId: id,
        types,
        direction,
        skip: skipped,
        limit: limit.toNumber(),
        returned: items.length,
        total,
        remaining: Math.max(0, total - skipped - items.length),
        totalsByType,
        items,
      };
    },
  );
}

async function assertEntityExists(db: ExplorerDatabase, id: string): Promise<void> {
  const { graph } = await readExplorerGraph(db, "get-entities-by-id", {
    ids: [id],
    hiddenDatasets: [],
    day: todayUtc(),
  });
  if (graph.nodes.length === 0) throw entityNotFound(id);
}
