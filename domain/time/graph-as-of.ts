/**
 * A graph as of a day: the relationships that may have held on it (their held span, see
 * HeldSpan, includes the day; one with no span is kept), every node kept. The filter the
 * explorer's queries apply in Cypher, for graphs that come from elsewhere (an export's query).
 */
import type { WireGraph } from "../wire/graph-wire-types";
import { heldSpanOf } from "./held-span";
import { heldOn } from "./held-on";

export function graphAsOf(
  graph: WireGraph,
  day: string,
  /** Links kept whatever the day (a report of changes keeps the ones that ended). */
  keep: ReadonlySet<string> = new Set(),
): WireGraph {
  const edges = graph.edges.filter(
    (edge) =>
      keep.has(edge.key) || heldOn(heldSpanOf(edge.attributes.properties), day).state !== "notHeld",
  );
  return edges.length === graph.edges.length ? graph : { nodes: graph.nodes, edges };
}

/** How a report names the day it shows: "As of 2019-07-22", or "Latest, as of <today>". */
export function asOfLabel(asOf: string | null, today: string): string {
  return asOf === null ? `Latest, as of ${today}` : `As of ${asOf}`;
}
