import type { FastifyInstance } from "fastify";
import type {
  EntitiesResponse,
  EntityDetailsResponse,
  PropertyCitation,
} from "../../domain/wire/explorer-api-types";
import {
  countOf,
  readExplorerGraph,
  readGraphWithSources,
  readSources,
  type ExplorerDatabase,
} from "../explorer/explorer-read";
import { entityNotFound } from "../explorer/entity-not-found";
import {
  asOfDay,
  checkEntityId,
  entityIdList,
  hiddenDatasets,
  type QueryString,
} from "../explorer/request-params";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

const MAX_IDS = 1000;

/**
 * GET /api/entities?ids=a,b&hide=: entities and the relationships among them (restores a saved
 * view); entities of hidden datasets come back as missing.
 * GET /api/entities/:id: one entity with the sources of its properties and its relationship
 * counts, for the evidence panel.
 */
export function registerExplorerEntitiesRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/entities",
    { schema: EXPLORER_SCHEMAS.entities },
    async (request): Promise<EntitiesResponse> => {
      const query = request.query as QueryString;
      const ids = entityIdList(query, "ids", MAX_IDS);
      const { graph, sources } = await readGraphWithSources(db, "get-entities-by-id", {
        ids,
        hiddenDatasets: hiddenDatasets(query),
        day: asOfDay(query),
      });
      const found = new Set(graph.nodes.map((node) => node.attributes.properties["id"]));
      return { graph, sources, missingIds: ids.filter((id) => !found.has(id)) };
    },
  );

  app.get(
    "/api/entities/:id",
    { schema: EXPLORER_SCHEMAS.entity },
    async (request): Promise<EntityDetailsResponse> => {
      const id = checkEntityId((request.params as { id?: string }).id, "id");
      const { graph, records } = await readExplorerGraph(db, "get-entity-by-id", {
        id,
        day: asOfDay(request.query as QueryString),
      });
      const node = graph.nodes[0];
      const record = records[0];
      if (!node || !record) throw entityNotFound(id);
      const propertyCitations = (record["citations"] as PropertyCitationCell[]).map(toCitation);
      const relationshipCounts: Record<string, number> = {};
      for (const { type, count } of record["counts"] as { type: string; count: unknown }[]) {
        relationshipCounts[type] = countOf(count);
      }
      const sources = await readSources(db, [...new Set(propertyCitations.map((c) => c.sourceId))]);
      return { node, propertyCitations, relationshipCounts, sources };
    },
  );
}

interface PropertyCitationCell {
  properties: unknown;
  sourceId: unknown;
  quote: unknown;
  quoteKind: unknown;
  firmness: unknown;
}

function toCitation(cell: PropertyCitationCell): PropertyCitation {
  return {
    properties: Array.isArray(cell.properties)
      ? cell.properties.filter((item): item is string => typeof item === "string")
      : [],
    sourceId: String(cell.sourceId),
    quote: typeof cell.quote === "string" ? cell.quote : null,
    quoteKind: typeof cell.quoteKind === "string" ? cell.quoteKind : null,
    firmness: typeof cell.firmness === "string" ? cell.firmness : null,
  };
}
