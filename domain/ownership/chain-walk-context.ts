/**
 * What both chain walks (up to the ultimate owners, down to the holdings) prepare first: the
 * links the arithmetic uses, their index, the part of the graph the walk can reach, and the
 * cross-holding rings in it.
 */
import type { ChainEdge } from "./chain-edge";
import { indexChainEdges, reachableKeys, type ChainEdgeIndex } from "./chain-edge-index";
import { findCrossHoldings, type CrossHolding } from "./cross-holdings";
import { separateSummaryEdges, type SummaryEdgeUse } from "./summary-edges";

export interface ChainWalkContext {
  /** The links the arithmetic uses: summary links superseded by their components left out. */
  activeEdges: ChainEdge[];
  index: ChainEdgeIndex;
  /** Nodes reachable from the start in the walk's direction, the start included. */
  reachable: Set<string>;
  /** Ring number of each reachable node (see `findCrossHoldings`). */
  componentOf: Map<string, number>;
  crossHoldings: CrossHolding[];
  /** Keys of nodes inside a ring. */
  ringMembers: Set<string>;
  summaryEdges: SummaryEdgeUse[];
}

export function prepareChainWalk(
  edges: readonly ChainEdge[],
  startKey: string,
  direction: "up" | "down",
): ChainWalkContext {
  const separated = separateSummaryEdges(edges);
  const index = indexChainEdges(separated.activeEdges);
  const reachable = reachableKeys(index, startKey, direction);
  const { componentOf, crossHoldings } = findCrossHoldings(reachable, separated.activeEdges);
  const summaryEdges = separated.summaryEdges.filter((use) =>
    reachable.has(direction === "up" ? use.edge.to : use.edge.from),
  );
  return {
    activeEdges: separated.activeEdges,
    index,
    reachable,
    componentOf,
    crossHoldings,
    ringMembers: new Set(crossHoldings.flatMap((ring) => ring.memberKeys)),
    summaryEdges,
  };
}
