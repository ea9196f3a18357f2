/**
 * The mirror of `computeUltimateOwners`: everything an entity owns or controls, directly or
 * along chains, with the root's figures in each (same arithmetic, see `chain-share.ts`).
 */
import type { ChainEdge } from "./chain-edge";
import { controlledKeys } from "./chain-edge-index";
import { comparePathsByLength, rankChains, rankPaths } from "./chain-ranking";
import type { Holding, HoldingsResult } from "./chain-result-types";
import { summarizeChainShare, type OwnerToOwnedPath } from "./chain-share";
import { resolveChainWalkLimits, type ChainWalkOptions } from "./chain-walk-limits";
import { prepareChainWalk } from "./chain-walk-context";
import { integratedSharesOf } from "./integrated-ownership";
import { walkSimplePaths } from "./simple-path-walk";

export function computeHoldingsDown(
  edges: readonly ChainEdge[],
  rootKey: string,
  options?: ChainWalkOptions,
): HoldingsResult {
  const limits = resolveChainWalkLimits(options);
  const context = prepareChainWalk(edges, rootKey, "down");
  const { index } = context;

  const pathsByHolding = new Map<string, OwnerToOwnedPath[]>();
  const truncation = walkSimplePaths(index, rootKey, "down", limits, {
    wants: () => true,
    keep: (path) => {
      const held: OwnerToOwnedPath = { nodeKeys: [...path.nodeKeys], edges: [...path.edges] };
      const heldKey = held.nodeKeys.at(-1) ?? rootKey;
      const list = pathsByHolding.get(heldKey);
      if (list) list.push(held);
      else pathsByHolding.set(heldKey, [held]);
    },
  });

  const controlled = controlledKeys(index, rootKey);
  const integrated = integratedSharesOf(context.activeEdges, rootKey, [...pathsByHolding.keys()]);
  const holdings: Holding[] = [...pathsByHolding].map(([key, paths]) => {
    const summary = summarizeChainShare([...paths].sort(comparePathsByLength), controlled);
    return {
      key,
      reach: summary.reach,
      economicShare: summary.economicShare,
      integratedShare: integrated.get(key) ?? null,
      stakeUnderControl: summary.stakeUnderControl,
      heldThroughControl: summary.heldThroughControl,
      controlsTarget: summary.controlsTarget,
      inCrossHolding: context.ringMembers.has(key),
      paths: rankPaths(summary.paths),
      depth: Math.min(...paths.map((path) => path.edges.length)),
    };
  });

  return {
    rootKey,
    holdings: rankChains(holdings),
    crossHoldings: context.crossHoldings,
    summaryEdges: context.summaryEdges,
    truncated: truncation.depthCapReached || truncation.pathCapReached || truncation.stepCapReached,
    truncation,
    limits,
  };
}
