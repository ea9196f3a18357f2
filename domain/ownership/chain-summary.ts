/**
 * A chain walk's result as the explorer, the API and the report show it: the ends (ultimate
 * owners and controllers, or holdings) with their effective shares and paths already worded,
 * the rings met, the summary links set aside, and whether a cap cut the walk. Computed once, on
 * the server; the app and the report render it and compute nothing of their own.
 */
import type { WireGraph } from "../wire/graph-wire-types";
import { caption, formatShare } from "../model";
import type { ChainReach } from "./chain-edge";
import type { ChainPath } from "./chain-share";
import type { Holding, UltimateOwner } from "./chain-result-types";
import type { ChainWalkOptions, ChainWalkTruncation } from "./chain-walk-limits";
import { computeHoldingsDown } from "./holdings-down";
import { OwnershipError } from "./ownership-errors";
import { computeUltimateOwners } from "./ultimate-owners";
import { ownershipEdgesFromWireGraph } from "./wire-graph-ownership-edges";

export type ChainDirection = "up" | "down";

export interface ChainPathSummary {
  /** Node keys from the owner or controller down to the owned or controlled entity. */
  nodeKeys: string[];
  /** The links in the same order. */
  edgeKeys: string[];
  /** The share along this path in words ("no share" when it has none). */
  share: string;
  /** How this path counts in the effective share, in words. */
  contribution: string;
}

export interface ChainEndSummary {
  key: string;
  caption: string;
  reach: ChainReach;
  /** "through ownership", "through control", "through ownership and control". */
  reachText: string;
  /** Effective ownership in words ("unknown", "40–60%", "control without ownership"). */
  effectiveShare: string;
  /** False when the end holds no share at all, only control. */
  holdsShare: boolean;
  inCrossHolding: boolean;
  /** The first paths, ranked (at most `maxPathsPerEnd`; none past `maxEndsWithPaths`). */
  paths: ChainPathSummary[];
  /** Every path found, including those not listed in `paths`. */
  pathCount: number;
}

export interface ChainSummary {
  direction: ChainDirection;
  rootKey: string;
  /** Ranked: largest effective share first, control-only last. */
  ends: ChainEndSummary[];
  /** Rings of cross-holdings met, reported once each, never looped. */
  crossHoldings: { memberKeys: string[]; edgeKeys: string[] }[];
  /** Indirect summary links met, and whether their component links carried the count instead. */
  summaryEdges: { edgeKey: string; usedInArithmetic: boolean; componentEdgeKeys: string[] }[];
  /** True when a cap stopped the walk; shares may then be too low. */
  truncated: boolean;
  truncation: ChainWalkTruncation | null;
  /** Set when the data cannot be computed on (a share out of range): the graph is still drawn. */
  problem: string | null;
}

const CONTRIBUTION_TEXT: Record<ChainPath["contribution"], string> = {
  counted: "counted in the effective share",
  sameStakeCounted: "the same stake, already counted",
  heldByControlledEntity: "held through an entity it controls, counted there",
  noOwnershipShare: "control, no ownership share",
};

const REACH_TEXT: Record<ChainReach, string> = {
  ownership: "through ownership",
  control: "through control",
  mixed: "through ownership and control",
};

/** The one wording of an end's effective share, in the panel, the API and the report. */
export function effectiveShareText(end: UltimateOwner | Holding): string {
  const share = end.effectiveShare;
  if (share === null) return end.reach === "ownership" ? "unknown" : "control without ownership";
  const text = formatShare(share);
  return share.hasUnknown && share.min <= 0 && share.max >= 1
    ? `${text}: no source states the shares along the chain`
    : text;
}

function pathSummary(path: ChainPath): ChainPathSummary {
  return {
    nodeKeys: path.nodeKeys,
    edgeKeys: path.edges.map((edge) => edge.key),
    share: path.share ? formatShare(path.share) : "no share",
    contribution: CONTRIBUTION_TEXT[path.contribution],
  };
}

export interface ChainSummaryOptions extends ChainWalkOptions {
  /** Most paths listed per end (default: all). */
  maxPathsPerEnd?: number;
  /** Ends, in rank order, that get their paths listed; the rest come with the count only. */
  maxEndsWithPaths?: number;
}

/**
 * What the explorer lists of a chain: the first 50 ends with their first 3 paths each. The
 * panel shows no more, and a 300-owner chain would otherwise carry every path of every owner.
 */
export const CHAIN_LISTING = { ends: 50, pathsPerEnd: 3 } as const;

/** Walks the chain of a wire graph from `rootKey` up or down and words the result. */
export function summariseChain(
  graph: WireGraph,
  rootKey: string,
  direction: ChainDirection,
  options: ChainSummaryOptions = {},
): ChainSummary {
  const {
    maxPathsPerEnd = Number.POSITIVE_INFINITY,
    maxEndsWithPaths = Number.POSITIVE_INFINITY,
    ...walkOptions
  } = options;
  const properties = new Map(graph.nodes.map((node) => [node.key, node.attributes.properties]));
  try {
    const edges = ownershipEdgesFromWireGraph(graph);
    const result =
      direction === "up"
        ? computeUltimateOwners(edges, rootKey, walkOptions)
        : computeHoldingsDown(edges, rootKey, walkOptions);
    const ends: (UltimateOwner | Holding)[] = "owners" in result ? result.owners : result.holdings;
    return {
      direction,
      rootKey,
      ends: ends.map((end, rank) => ({
        key: end.key,
        caption: caption(properties.get(end.key) ?? {}, end.key),
        reach: end.reach,
        reachText: REACH_TEXT[end.reach],
        effectiveShare: effectiveShareText(end),
        holdsShare: end.effectiveShare !== null,
        inCrossHolding: end.inCrossHolding,
        paths: rank < maxEndsWithPaths ? end.paths.slice(0, maxPathsPerEnd).map(pathSummary) : [],
        pathCount: end.paths.length,
      })),
      crossHoldings: result.crossHoldings,
      summaryEdges: result.summaryEdges.map((use) => ({
        edgeKey: use.edge.key,
        usedInArithmetic: use.usedInArithmetic,
        componentEdgeKeys: use.componentEdgeKeys,
      })),
      truncated: result.truncated,
      truncation: result.truncation,
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof OwnershipError)) throw error;
    return {
      direction,
      rootKey,
      ends: [],
      crossHoldings: [],
      summaryEdges: [],
      truncated: false,
      truncation: null,
      problem: error.message,
    };
  }
}
