import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import type { SearchHit, SearchResponse } from "../../domain/wire/explorer-api-types";
import { buildFulltextQuery } from "../explorer/fulltext-query";
import { captionOf, contextLine, entityTypeOf } from "../explorer/entity-summary";
import { readExplorerGraph, type ExplorerDatabase } from "../explorer/explorer-read";
import {
  hiddenDatasets,
  integerParam,
  searchText,
  type QueryString,
} from "../explorer/request-params";

const MAX_SEARCH_LENGTH = 200;
const SEARCH_OVERREAD = 20;

/**
 * GET /api/search?q=&limit=&hide=: entities whose names (any script), aliases or identifiers match.
 * The text is data, never query syntax (see fulltext-query.ts).
 */
export function registerExplorerSearchRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get("/api/search", async (request): Promise<SearchResponse> => {
    const query = request.query as QueryString;
    const text = searchText(query, "q", MAX_SEARCH_LENGTH);
    const limit = integerParam(query, "limit", { min: 1, max: 100, fallback: 20 }).toNumber();
    const hide = hiddenDatasets(query);
    const lucene = buildFulltextQuery(text);
    if (lucene === null) {
      return {
        text,
        hits: [],
        more: false,
        message: `"${text}" holds no letter or digit to search for.`,
      };
    }
    const { graph, records } = await readExplorerGraph(db, "search-entities", {
      query: lucene,
      limit: neo4j.int(limit + 1),
      // Hidden datasets' hits are dropped after the index answers: read more of them first.
      candidates: neo4j.int(hide.length === 0 ? limit + 1 : (limit + 1) * SEARCH_OVERREAD),
      hiddenDatasets: hide,
    });
    const nodesByKey = new Map(graph.nodes.map((node) => [node.key, node]));
    const hits: SearchHit[] = [];
    for (const record of records.slice(0, limit)) {
      const cell = record["node"] as { elementId?: string } | undefined;
      const node = cell?.elementId ? nodesByKey.get(cell.elementId) : undefined;
      if (!node) continue;
      const properties = node.attributes.properties;
      hits.push({
        node,
        id: typeof properties["id"] === "string" ? properties["id"] : node.key,
        type: entityTypeOf(node.attributes.labels),
        caption: captionOf(properties),
        context: contextLine(properties),
        score: typeof record["score"] === "number" ? record["score"] : 0,
      });
    }
    return {
      text,
      hits,
      more: records.length > limit,
      message: hits.length === 0 ? `No entity matches "${text}".` : null,
    };
  });
}
