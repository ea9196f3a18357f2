/**
 * Indirect summary links (BODS `directOrIndirect: "indirect"`, usually with `componentRecords`)
 * restate what a chain of component links already says. Counting both would count the same
 * holding twice, so a summary link is left out of the arithmetic when its component links
 * connect the same owner and owned; it is still reported. When no component path exists in
 * the data at hand, the summary link is the only evidence and is used.
 */
import type { ChainEdge } from "./chain-edge";
import { indexChainEdges, reachableKeys } from "./chain-edge-index";

export interface SummaryEdgeUse {
  edge: ChainEdge;
  /** False when component links connect the same pair and carry the arithmetic instead. */
  usedInArithmetic: boolean;
  reason: "componentPathPresent" | "noComponentPath";
  /** Keys of the component links lying on a path between the same pair (empty when none). */
  componentEdgeKeys: string[];
}

export interface SeparatedSummaryEdges {
  /** The links the arithmetic uses: all links except summaries superseded by components. */
  activeEdges: ChainEdge[];
  /** Every indirect link, and whether it was used. */
  summaryEdges: SummaryEdgeUse[];
}

function componentCandidates(summary: ChainEdge, edges: readonly ChainEdge[]): ChainEdge[] {
  const others = edges.filter((edge) => edge.key !== summary.key);
  if (summary.componentIds.length > 0) {
    const ids = new Set(summary.componentIds);
    return others.filter((edge) => edge.id !== null && ids.has(edge.id));
  }
  return others.filter((edge) => edge.directOrIndirect !== "indirect");
}

function componentPathEdges(summary: ChainEdge, candidates: readonly ChainEdge[]): string[] {
  const index = indexChainEdges(candidates);
  const belowOwner = reachableKeys(index, summary.from, "down");
  if (!belowOwner.has(summary.to)) return [];
  const aboveOwned = reachableKeys(index, summary.to, "up");
  return candidates
    .filter((edge) => belowOwner.has(edge.from) && aboveOwned.has(edge.to))
    .map((edge) => edge.key)
    .sort();
}

export function separateSummaryEdges(edges: readonly ChainEdge[]): SeparatedSummaryEdges {
  const superseded = new Set<string>();
  const summaryEdges: SummaryEdgeUse[] = [];
  for (const edge of edges) {
    if (edge.directOrIndirect !== "indirect") continue;
    const componentEdgeKeys = componentPathEdges(edge, componentCandidates(edge, edges));
    const hasComponents = componentEdgeKeys.length > 0;
    if (hasComponents) superseded.add(edge.key);
    summaryEdges.push({
      edge,
      usedInArithmetic: !hasComponents,
      reason: hasComponents ? "componentPathPresent" : "noComponentPath",
      componentEdgeKeys,
    });
  }
  return { activeEdges: edges.filter((edge) => !superseded.has(edge.key)), summaryEdges };
}
