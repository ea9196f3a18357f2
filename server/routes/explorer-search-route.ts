import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import type { SearchHit, SearchResponse } from "../../domain/wire/explorer-api-types";
import { rankSearchCandidates } from "../../domain/search/search-ranking";
import { collapseJoinedHits } from "../../domain/search/joined-hits";
import { buildFulltextQuery } from "../explorer/fulltext-query";
import { captionOf, contextLine, entityTypeOf } from "../explorer/entity-summary";
import { readExplorerGraph, type ExplorerDatabase } from "../explorer/explorer-read";
import {
  hiddenDatasets,
  integerParam,
  searchText,
  type QueryString,
} from "../explorer/request-params";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

const MAX_SEARCH_LENGTH = 200;
const CANDIDATES_AT_LEAST = 50;
const MAX_CANDIDATES = 300;
/** Hidden datasets' hits are dropped after the index answers: it is asked for this many times more. */
const HIDDEN_OVERREAD = 10;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

/** Hits answered when the request names no limit (the search box asks for 15). */
export const DEFAULT_SEARCH_HITS = 20;

/** Index hits read for `limit` shown: more, so the ranking can lift an exact name above partial ones. */
export function searchCandidates(limit: number): number {
  return Math.min(MAX_CANDIDATES, Math.max(CANDIDATES_AT_LEAST, limit * 3));
}

/** A hit with what the ranking reads: its names and identifiers. */
function withNames(hit: SearchHit) {
  const properties = hit.node.attributes.properties;
  return {
    hit,
    names: [...strings(properties["names"]), hit.caption],
    identifiers: [...strings(properties["identifiers"]), ...strings(properties["stockCode"])],
    score: hit.score,
  };
}

/** The index's hits for a Lucene query, in datasets not hidden, as search hits (not ranked yet). */
async function readCandidates(
  db: ExplorerDatabase,
  lucene: string,
  wanted: number,
  hide: string[],
): Promise<SearchHit[]> {
  const { graph, records } = await readExplorerGraph(db, "search-entities", {
    query: lucene,
    limit: neo4j.int(wanted),
    candidates: neo4j.int(hide.length === 0 ? wanted : wanted * HIDDEN_OVERREAD),
    hiddenDatasets: hide,
  });
  const nodesByKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const candidates: SearchHit[] = [];
  for (const record of records) {
    const cell = record["node"] as { elementId?: string } | undefined;
    const node = cell?.elementId ? nodesByKey.get(cell.elementId) : undefined;
    if (!node) continue;
    const properties = node.attributes.properties;
    candidates.push({
      node,
      id: typeof properties["id"] === "string" ? properties["id"] : node.key,
      type: entityTypeOf(node.attributes.labels),
      caption: captionOf(properties),
      context: contextLine(properties),
      score: typeof record["score"] === "number" ? record["score"] : 0,
      joinedIds: strings(record["joinedIds"]),
    });
  }
  return candidates;
}

/**
 * GET /api/search?q=&limit=&hide=: entities whose names (any script), aliases or identifiers match.
 * The text is data, never query syntax (see fulltext-query.ts).
 */
export function registerExplorerSearchRoute(app: FastifyInstance, db: ExplorerDatabase): void {
  app.get(
    "/api/search",
    { schema: EXPLORER_SCHEMAS.search },
    async (request): Promise<SearchResponse> => {
      const query = request.query as QueryString;
      const text = searchText(query, "q", MAX_SEARCH_LENGTH);
      const limit = integerParam(query, "limit", {
        min: 1,
        max: 100,
        fallback: DEFAULT_SEARCH_HITS,
      }).toNumber();
      const hide = hiddenDatasets(query);
      const words = buildFulltextQuery(text, { typos: false });
      if (words === null) {
        return {
          text,
          hits: [],
          more: false,
          message: `"${text}" holds no letter or digit to search for.`,
        };
      }
      const wanted = searchCandidates(limit);
      const read = (lucene: string) => readCandidates(db, lucene, wanted, hide);
      // Typos are looked for only when the words themselves find nothing: exact and prefix hits
      // rank above a typo's anyway, and the typo clauses are the costly part of the query.
      let candidates = await read(words);
      const withTypos = buildFulltextQuery(text, { typos: true });
      if (candidates.length === 0 && withTypos !== null && withTypos !== words) {
        candidates = await read(withTypos);
      }
      const ranked = collapseJoinedHits(
        rankSearchCandidates(text, candidates.map(withNames)).map(({ hit }) => hit),
      );
      const hits = ranked.slice(0, limit);
      return {
        text,
        hits,
        more: ranked.length > limit,
        message: hits.length === 0 ? `No entity matches "${text}".` : null,
      };
    },
  );
}
