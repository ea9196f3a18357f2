/**
 * One day's chain out of a graph read for two (server/explorer/chain-read.ts, with both days): the links
 * that may have held on the day and that reach the root through such links only, going up
 * (toward owners) or down (toward holdings).
 */
import type { WireGraph } from "../wire/graph-wire-types";
import { heldSpanOf } from "./held-span";
import { heldOn } from "./held-on";
import type { ChainSide } from "./link-changes";

export function chainOnDay(
  graph: WireGraph,
  rootKey: string,
  side: ChainSide,
  day: string,
): WireGraph {
  const held = graph.edges.filter(
    (edge) => heldOn(heldSpanOf(edge.attributes.properties), day).state !== "notHeld",
  );
  const reached = new Set([rootKey]);
  const kept = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of held) {
      if (kept.has(edge.key)) continue;
      const [near, far] = side === "up" ? [edge.target, edge.source] : [edge.source, edge.target];
      if (!reached.has(near)) continue;
      kept.add(edge.key);
      reached.add(far);
      grew = true;
    }
  }
  return {
    nodes: graph.nodes.filter((node) => reached.has(node.key)),
    edges: held.filter((edge) => kept.has(edge.key)),
  };
}
