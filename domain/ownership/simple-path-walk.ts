/**
 * Depth-first enumeration of simple paths from one node, upward (towards owners) or downward
 * (towards holdings). A link back to a node already on the path is never followed, so rings
 * end the path instead of looping.
 */
import type { ChainEdge } from "./chain-edge";
import { incomingEdges, outgoingEdges, type ChainEdgeIndex } from "./chain-edge-index";
import type { ChainWalkLimits, ChainWalkTruncation } from "./chain-walk-limits";

/** A path as walked: `nodeKeys[0]` is the start; `edges[i]` joins `nodeKeys[i]` and `[i+1]`. */
export interface WalkedPath {
  readonly nodeKeys: readonly string[];
  readonly edges: readonly ChainEdge[];
}

/**
 * `wants` is asked about every path the walk reaches (each extension by one link); the paths it
 * wants are handed to `keep` (which must copy what it stores) until `maxPaths` is reached.
 */
export interface WalkVisitor {
  wants(path: WalkedPath): boolean;
  keep(path: WalkedPath): void;
}

export function walkSimplePaths(
  index: ChainEdgeIndex,
  startKey: string,
  direction: "up" | "down",
  limits: ChainWalkLimits,
  visit: WalkVisitor,
): ChainWalkTruncation {
  const nodeKeys: string[] = [startKey];
  const edges: ChainEdge[] = [];
  const onPath = new Set<string>([startKey]);
  const unexplored = new Set<string>();
  const truncation: ChainWalkTruncation = {
    depthCapReached: false,
    pathCapReached: false,
    stepCapReached: false,
    unexploredKeys: [],
  };
  let kept = 0;
  let steps = 0;

  const stopped = (): boolean => truncation.pathCapReached || truncation.stepCapReached;
  const nextOf = (edge: ChainEdge): string => (direction === "up" ? edge.from : edge.to);

  // One path object for the whole walk: visitors read it at once and copy what they keep.
  const path: WalkedPath = { nodeKeys, edges };
  const isOpen = (edge: ChainEdge): boolean => !onPath.has(nextOf(edge));

  const extend = (key: string): void => {
    const links = direction === "up" ? incomingEdges(index, key) : outgoingEdges(index, key);
    if (edges.length >= limits.maxDepth) {
      if (links.some(isOpen)) {
        truncation.depthCapReached = true;
        unexplored.add(key);
      }
      return;
    }
    for (const edge of links) {
      if (!isOpen(edge)) continue;
      if (stopped()) return;
      if (steps >= limits.maxSteps) {
        truncation.stepCapReached = true;
        return;
      }
      steps += 1;
      const next = nextOf(edge);
      nodeKeys.push(next);
      edges.push(edge);
      onPath.add(next);
      if (visit.wants(path)) {
        if (kept >= limits.maxPaths) truncation.pathCapReached = true;
        else {
          kept += 1;
          visit.keep(path);
        }
      }
      if (!stopped()) extend(next);
      onPath.delete(next);
      edges.pop();
      nodeKeys.pop();
    }
  };

  extend(startKey);
  truncation.unexploredKeys = [...unexplored].sort();
  return truncation;
}
