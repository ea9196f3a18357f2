/**
 * Adjacency of chain links, and the reachability questions the chain walks ask of it.
 */
import type { ChainEdge } from "./chain-edge";

export interface ChainEdgeIndex {
  readonly incoming: ReadonlyMap<string, readonly ChainEdge[]>;
  readonly outgoing: ReadonlyMap<string, readonly ChainEdge[]>;
}

const NO_EDGES: readonly ChainEdge[] = [];

export function indexChainEdges(edges: readonly ChainEdge[]): ChainEdgeIndex {
  const incoming = new Map<string, ChainEdge[]>();
  const outgoing = new Map<string, ChainEdge[]>();
  for (const edge of edges) {
    const into = incoming.get(edge.to);
    if (into) into.push(edge);
    else incoming.set(edge.to, [edge]);
    const out = outgoing.get(edge.from);
    if (out) out.push(edge);
    else outgoing.set(edge.from, [edge]);
  }
  return { incoming, outgoing };
}

export function incomingEdges(index: ChainEdgeIndex, key: string): readonly ChainEdge[] {
  return index.incoming.get(key) ?? NO_EDGES;
}

export function outgoingEdges(index: ChainEdgeIndex, key: string): readonly ChainEdge[] {
  return index.outgoing.get(key) ?? NO_EDGES;
}

/**
 * Every node reachable from `start` (itself included), following links upward (towards owners)
 * or downward (towards what is owned), optionally only links that pass `follow`.
 */
export function reachableKeys(
  index: ChainEdgeIndex,
  start: string,
  direction: "up" | "down",
  follow: (edge: ChainEdge) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const edges = direction === "up" ? incomingEdges(index, next) : outgoingEdges(index, next);
    for (const edge of edges) {
      if (!follow(edge)) continue;
      const other = direction === "up" ? edge.from : edge.to;
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

/** More than half of the shares for sure: the lower bound of the stated share is above 50 %. */
export const MAJORITY_SHARE = 0.5;

/**
 * True when a link gives control of its `to` end: a control link, or a holding whose stated share
 * is surely above 50 % (a range or an unknown share that may be lower does not).
 */
export function isControllingLink(edge: ChainEdge): boolean {
  if (edge.kind === "control") return true;
  const share = edge.share;
  switch (share.kind) {
    case "exact":
      return share.percent / 100 > MAJORITY_SHARE;
    case "range":
      return share.minPercent / 100 > MAJORITY_SHARE;
    case "unknown":
      return false;
  }
}

/**
 * The owner itself and everything it controls: reachable through control links and majority
 * holdings alone (its control group; docs/model.md, "Stake under control").
 */
export function controlledKeys(index: ChainEdgeIndex, ownerKey: string): Set<string> {
  return reachableKeys(index, ownerKey, "down", isControllingLink);
}
