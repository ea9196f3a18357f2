/**
 * One link of an ownership or control chain, as the chain arithmetic sees it. Direction is
 * always owner → owned, controller → controlled.
 */
import type { StatedShare } from "./share";

export type DirectOrIndirect = "direct" | "indirect" | "unknown";

interface ChainEdgeBase {
  /** Unique key of the link (the wire edge key, i.e. the Neo4j element id). */
  key: string;
  /** The relationship's own `id` property, matched against `componentIds`; null when absent. */
  id: string | null;
  /** Owner or controller node key. */
  from: string;
  /** Owned or controlled node key. */
  to: string;
  /** Relationship type in the graph: OWNS, CONTROLS, SUPPLIES, PERFORMED_AT, ... */
  relationshipType: string;
  directOrIndirect: DirectOrIndirect;
  /**
   * For an indirect summary link: the `id`s of the links it summarises (like BODS
   * `componentRecords`). Ids that match no link, such as entity record ids, are ignored.
   */
  componentIds: readonly string[];
}

/** A holding of shares (OWNS). */
export interface OwnershipChainEdge extends ChainEdgeBase {
  kind: "ownership";
  share: StatedShare;
}

/** Control that is not ownership (CONTROLS), and supplier/contract/place links in chains. */
export interface ControlChainEdge extends ChainEdgeBase {
  kind: "control";
  /** The kind of control (`controlType` on CONTROLS), or null when not stated. */
  controlType: string | null;
}

export type ChainEdge = OwnershipChainEdge | ControlChainEdge;

/** How a node is reached along a chain: by shares only, by control only, or by both. */
export type ChainReach = "ownership" | "control" | "mixed";

export function reachOfEdges(edges: readonly ChainEdge[]): ChainReach {
  const hasOwnership = edges.some((edge) => edge.kind === "ownership");
  const hasControl = edges.some((edge) => edge.kind === "control");
  if (hasOwnership && hasControl) return "mixed";
  return hasControl ? "control" : "ownership";
}

export function combineReach(reaches: readonly ChainReach[]): ChainReach {
  const first = reaches[0];
  if (first === undefined) return "ownership";
  return reaches.every((reach) => reach === first) ? first : "mixed";
}
