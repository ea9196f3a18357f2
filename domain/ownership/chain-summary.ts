/**
 * A chain walk's result as the explorer, the API and the report show it: the ends (ultimate
 * owners and controllers, or holdings) with their figures (economic share, stake under control,
 * each named with its method; docs/model.md) and paths already worded,
 * the rings met, the summary links set aside, and whether a cap cut the walk. Computed once, on
 * the server; the app and the report render it and compute nothing of their own.
 */
import type { WireGraph } from "../wire/graph-wire-types";
import {
  SHARE_FIGURE_REGISTRY,
  SHARE_METHOD_TEXT,
  caption,
  formatShare,
  shareFigureValue,
  type NamedShareFigure,
  type ShareFigure,
} from "../model";
import type { ChainReach } from "./chain-edge";
import type { ChainPath } from "./chain-share";
import type { Holding, UltimateOwner } from "./chain-result-types";
import type { ChainWalkOptions, ChainWalkTruncation } from "./chain-walk-limits";
import { computeHoldingsDown } from "./holdings-down";
import { OwnershipError } from "./ownership-errors";
import { foldJoinedRecords, type JoinedRecordGroup } from "./joined-records";
import { computeUltimateOwners } from "./ultimate-owners";
import { ownershipEdgesFromWireGraph } from "./wire-graph-ownership-edges";

export type ChainDirection = "up" | "down";

export interface ChainPathSummary {
  /** Node keys from the owner or controller down to the owned or controlled entity. */
  nodeKeys: string[];
  /** The links in the same order. */
  edgeKeys: string[];
  /** The economic share along this path in words ("none (a control link on it)"). */
  share: string;
  /** How this path counts in the stake under control, in words, with the stake it carries. */
  contribution: string;
}

/** One figure of an end, named and with its method, worded. */
export interface ShareFigureSummary extends NamedShareFigure {
  figure: ShareFigure;
}

export interface ChainEndSummary {
  key: string;
  caption: string;
  reach: ChainReach;
  /** "through ownership", "through control", "through ownership and control". */
  reachText: string;
  /** Ownership links only, counted once along simple paths, in words. */
  economicShare: string;
  /** Ownership links only, by the integrated-ownership method, in words. */
  integratedShare: string;
  /** What it holds together with the entities it controls, in words. */
  stakeUnderControl: string;
  /** True when the other end is itself in its control group. */
  controlsTarget: boolean;
  /**
   * The figures to show, in order, each named with its method: the economic share, the
   * integrated one when the chain meets a ring of cross-holdings, the stake under control.
   */
  figures: ShareFigureSummary[];
  /** @deprecated The economic share, as `economicShare`; kept for older clients. */
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
  /** Ranked: largest stake under control first, then economic share; control-only last. */
  ends: ChainEndSummary[];
  /** Rings of cross-holdings met, reported once each, never looped. */
  crossHoldings: { memberKeys: string[]; edgeKeys: string[] }[];
  /** Indirect summary links met, and whether their component links carried the count instead. */
  summaryEdges: { edgeKey: string; usedInArithmetic: boolean; componentEdgeKeys: string[] }[];
  /**
   * Records of several datasets joined on a strong identifier, each group counted as one entity
   * under its `key` (docs/model.md, "Joined records").
   */
  joinedRecords: JoinedRecordGroup[];
  /** Links set aside because another dataset's link states the same between the same entities. */
  sameClaimEdgeKeys: string[];
  /** True when a cap stopped the walk; shares may then be too low. */
  truncated: boolean;
  truncation: ChainWalkTruncation | null;
  /** Set when the data cannot be computed on (a share out of range): the graph is still drawn. */
  problem: string | null;
}

const CONTRIBUTION_TEXT: Record<ChainPath["contribution"], string> = {
  counted: "counted in the stake under control",
  sameStakeCounted: "the same stake, already counted",
  heldByControlledEntity: "held through an entity it controls, counted there",
  noOwnershipShare: "control, no stake",
};

const REACH_TEXT: Record<ChainReach, string> = {
  ownership: "through ownership",
  control: "through control",
  mixed: "through ownership and control",
};

function pathSummary(path: ChainPath): ChainPathSummary {
  const stake =
    path.heldStake && path.contribution !== "noOwnershipShare"
      ? `${formatShare(path.heldStake)} ${path.holderKey === path.nodeKeys[0] ? "held by it" : "held by an entity it controls"}, `
      : "";
  return {
    nodeKeys: path.nodeKeys,
    edgeKeys: path.edges.map((edge) => edge.key),
    share: path.share ? formatShare(path.share) : "none (a control link on it)",
    contribution: `${stake}${CONTRIBUTION_TEXT[path.contribution]}`,
  };
}

function figureSummary(figure: ShareFigure, value: string): ShareFigureSummary {
  const entry = SHARE_FIGURE_REGISTRY[figure];
  return { figure, name: entry.name, method: SHARE_METHOD_TEXT[entry.method], value };
}

function endFigures(end: UltimateOwner | Holding, metRing: boolean) {
  const economicShare = shareFigureValue("economic", end.economicShare);
  const integratedShare = shareFigureValue("integrated", end.integratedShare);
  const stakeUnderControl = shareFigureValue("control", end.stakeUnderControl);
  const figures = [figureSummary("economic", economicShare)];
  if (metRing) figures.push(figureSummary("integrated", integratedShare));
  figures.push(figureSummary("control", stakeUnderControl));
  return { economicShare, integratedShare, stakeUnderControl, figures };
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
  const joined = foldJoinedRecords(graph, rootKey);
  const joins = { joinedRecords: joined.groups, sameClaimEdgeKeys: joined.setAsideEdgeKeys };
  try {
    const edges = ownershipEdgesFromWireGraph(joined.graph);
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
        ...endFigures(end, result.crossHoldings.length > 0),
        controlsTarget: end.controlsTarget,
        effectiveShare: shareFigureValue("economic", end.economicShare),
        holdsShare: end.economicShare !== null || end.stakeUnderControl !== null,
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
      ...joins,
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
      ...joins,
      truncated: false,
      truncation: null,
      problem: error.message,
    };
  }
}
