/**
 * Reads the chain up or down from an entity in two steps. First its members: a breadth-first
 * walk along the holding links in their own direction (walk-chain-*.cypher), which Neo4j runs
 * visiting each entity once however many diamonds and rings there are, then on from the records
 * a SAME_AS join makes one entity with what was found, round by round (one query cannot both keep
 * to one direction and cross joins either way). Then the subgraph of the members, their links
 * and the sources those cite (get-chain-*-subgraph.cypher), keyed by entity id.
 */
import neo4j from "neo4j-driver";
import type { ChainDirection } from "../../domain/ownership";
import type { SourceIndex } from "../../domain/wire/explorer-api-types";
import { withEntityKeys } from "../../domain/wire/entity-keys";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { readExplorerGraph, readGraphCitingSources, type ExplorerDatabase } from "./explorer-read";

const WALKS = { up: "walk-chain-up", down: "walk-chain-down" } as const;
const SUBGRAPHS = { up: "get-chain-up-subgraph", down: "get-chain-down-subgraph" } as const;

/** Rounds of joins crossed at most: each round is one more dataset's records of an entity. */
const MAX_JOIN_ROUNDS = 8;

/**
 * Entities a walk finds at most (or the limit and one more, when that is larger). Under a holding
 * company of a large register a chain down reaches hundreds of thousands; walking them all took
 * seconds (4.5–5.3 s for 200,755 on the 1M benchmark store, 0.4 s for the first 20,001) to show
 * a few thousand, and the total is then said as "at least".
 */
export const MAX_CHAIN_WALK = 20_000;

export interface ChainReadFilters {
  hiddenDatasets: string[];
  /** Links that may have held on any of these days ("YYYY-MM-DD") are walked and read. */
  days: string[];
}

export interface ChainRead {
  /** Keyed by entity id (domain/wire/entity-keys.ts). */
  graph: WireGraph;
  sources: SourceIndex;
  /** Entities the walk reached besides the root, before the limit. */
  total: number;
  /** The walk stopped at its cap: `total` is how many it found, and there are at least that many. */
  totalIsAtLeast: boolean;
  /** Joined records were left unwalked after the last round: the chain is cut there. */
  joinsLeft: boolean;
}

/** The ids of every entity the chain reaches from `rootId` (not the root), nearest rounds first. */
async function walkChain(
  db: ExplorerDatabase,
  direction: ChainDirection,
  rootId: string,
  filters: ChainReadFilters,
  maxFound: number,
): Promise<{ found: string[]; joinsLeft: boolean; stopped: boolean }> {
  const seen = new Set([rootId]);
  const found: string[] = [];
  const add = (ids: unknown): string[] => {
    const added: string[] = [];
    if (!Array.isArray(ids)) return added;
    for (const id of ids) {
      if (typeof id !== "string" || seen.has(id)) continue;
      seen.add(id);
      found.push(id);
      added.push(id);
    }
    return added;
  };
  let starts = [rootId];
  let stopped = false;
  for (let round = 0; round < MAX_JOIN_ROUNDS && starts.length > 0 && !stopped; round++) {
    const asked = maxFound - found.length;
    // Twins count as found: they may have filled the walk's quota on their own.
    if (asked <= 0) {
      stopped = true;
      break;
    }
    const { records } = await readExplorerGraph(db, WALKS[direction], {
      ids: starts,
      ...filters,
      maxFound: neo4j.int(asked),
    });
    const reached = records[0]?.["found"];
    stopped = Array.isArray(reached) && reached.length >= asked;
    add(reached);
    starts = add(records[0]?.["twins"]);
  }
  return { found, joinsLeft: !stopped && starts.length > 0, stopped };
}

/**
 * The chain's subgraph keyed by entity id: the root and at most `limit` of the entities the walk
 * reached.
 */
export async function readChain(
  db: ExplorerDatabase,
  direction: ChainDirection,
  rootId: string,
  filters: ChainReadFilters,
  limit: number,
  walkCap = MAX_CHAIN_WALK,
): Promise<ChainRead> {
  const walk = await walkChain(db, direction, rootId, filters, Math.max(walkCap, limit + 1));
  const ids = [rootId, ...walk.found.slice(0, limit)];
  const read = await readGraphCitingSources(db, SUBGRAPHS[direction], { ids, ...filters });
  const { graph } = withEntityKeys(read.graph);
  return {
    graph,
    sources: read.sources,
    total: walk.found.length,
    totalIsAtLeast: walk.stopped,
    joinsLeft: walk.joinsLeft,
  };
}
