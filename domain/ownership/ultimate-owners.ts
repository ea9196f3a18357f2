/**
 * The ultimate owners and controllers of an entity: walk up every simple chain of ownership
 * and control links, and for each entity at the top, the share it holds and how it is reached.
 *
 * An entity is at the top when nothing owns or controls it, or when it sits in a cross-holding
 * ring that nothing outside the ring owns or controls (then every member of that ring is
 * reported, marked `inCrossHolding`). Rings are walked once
 * round at most and reported in `crossHoldings`; contributions that would go round a ring again
 * are not counted by the simple-path figures; the integrated figure counts them as the
 * literature does (see `integrated-ownership.ts`).
 */
import type { ChainEdge } from "./chain-edge";
import { controlledKeys, incomingEdges } from "./chain-edge-index";
import { comparePathsByLength, rankChains, rankPaths } from "./chain-ranking";
import type { UltimateOwner, UltimateOwnersResult } from "./chain-result-types";
import { summarizeChainShare, type OwnerToOwnedPath } from "./chain-share";
import { resolveChainWalkLimits, type ChainWalkOptions } from "./chain-walk-limits";
import { prepareChainWalk } from "./chain-walk-context";
import { integratedSharesInto } from "./integrated-ownership";
import { walkSimplePaths } from "./simple-path-walk";

export function computeUltimateOwners(
  edges: readonly ChainEdge[],
  targetKey: string,
  options?: ChainWalkOptions,
): UltimateOwnersResult {
  const limits = resolveChainWalkLimits(options);
  const context = prepareChainWalk(edges, targetKey, "up");
  const { index, componentOf } = context;

  const ownedFromOutside = new Set<number | undefined>();
  for (const key of context.reachable) {
    const ring = componentOf.get(key);
    if (incomingEdges(index, key).some((edge) => componentOf.get(edge.from) !== ring)) {
      ownedFromOutside.add(ring);
    }
  }
  const isAtTop = (key: string): boolean =>
    key !== targetKey && !ownedFromOutside.has(componentOf.get(key));

  const pathsByOwner = new Map<string, OwnerToOwnedPath[]>();
  const truncation = walkSimplePaths(index, targetKey, "up", limits, {
    wants: (path) => isAtTop(path.nodeKeys.at(-1) ?? targetKey),
    keep: (path) => {
      const owned: OwnerToOwnedPath = {
        nodeKeys: [...path.nodeKeys].reverse(),
        edges: [...path.edges].reverse(),
      };
      const ownerKey = owned.nodeKeys[0] ?? targetKey;
      const list = pathsByOwner.get(ownerKey);
      if (list) list.push(owned);
      else pathsByOwner.set(ownerKey, [owned]);
    },
  });

  const integrated = integratedSharesInto(context.activeEdges, [...pathsByOwner.keys()], targetKey);
  const owners: UltimateOwner[] = [...pathsByOwner].map(([key, paths]) => {
    const summary = summarizeChainShare(
      [...paths].sort(comparePathsByLength),
      controlledKeys(index, key),
    );
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
    };
  });

  return {
    targetKey,
    owners: rankChains(owners),
    crossHoldings: context.crossHoldings,
    summaryEdges: context.summaryEdges,
    truncated: truncation.depthCapReached || truncation.pathCapReached || truncation.stepCapReached,
    truncation,
    limits,
  };
}
