import type { FastifyInstance } from "fastify";
import { shareTextOf } from "../../domain/model";
import { heldSpanOf } from "../../domain/time";
import { withEntityKeys } from "../../domain/wire/entity-keys";
import type { TimelinePeriod, TimelineResponse } from "../../domain/wire/explorer-api-types";
import { readGraphCitingSources, type ExplorerDatabase } from "../explorer/explorer-read";
import { checkEntityId, hiddenDatasets, type QueryString } from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

function sourceIdsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

/**
 * GET /api/entities/:id/timeline?hide=: the entity's direct owners' and controllers' links,
 * every version whatever the day, each with its held span (the four days), stated share and
 * citations, for the timeline strip.
 */
export function registerExplorerTimelineRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/entities/:id/timeline",
    { schema: EXPLORER_SCHEMAS.timeline },
    async (request): Promise<TimelineResponse> => {
      const id = checkEntityId((request.params as { id?: string }).id, "id");
      const read = await readGraphCitingSources(db, "find-entity-timeline", {
        id,
        hiddenDatasets: hiddenDatasets(request.query as QueryString),
      });
      const { graph } = withEntityKeys(read.graph);
      if (!graph.nodes.some((node) => node.key === id)) throw entityNotFound(id);
      const periods: TimelinePeriod[] = graph.edges
        .filter((edge) => edge.target === id)
        .map((edge) => ({
          edgeKey: edge.key,
          holderKey: edge.source,
          type: edge.attributes.type,
          span: heldSpanOf(edge.attributes.properties),
          share: shareTextOf(edge.attributes.type, edge.attributes.properties),
          sourceIds: sourceIdsOf(edge.attributes.properties["sourceIds"]),
        }))
        .sort(
          (a, b) =>
            a.holderKey.localeCompare(b.holderKey) ||
            (a.span.heldFrom ?? "").localeCompare(b.span.heldFrom ?? "") ||
            (a.span.heldSurelyFrom ?? "").localeCompare(b.span.heldSurelyFrom ?? ""),
        );
      return { entityId: id, graph, sources: read.sources, periods };
    },
  );
}
