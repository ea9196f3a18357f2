import Graph from "graphology";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { ENTITY_COLOURS, entityType, nodeCaption } from "./entity-style";

/** What sigma draws for a node, next to the data it came from. */
export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
}

export interface DisplayEdge {
  size: number;
  color: string;
  label: string;
  type: "arrow";
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/**
 * Merges a wire graph into the graph on screen: new nodes get a position near the centre
 * (a layout moves them later), existing ones keep theirs.
 */
export function mergeIntoDisplayGraph(target: DisplayGraph, wire: WireGraph): void {
  const count = target.order;
  wire.nodes.forEach((node, index) => {
    if (target.hasNode(node.key)) return;
    const angle = ((count + index) * 2.399963) % (2 * Math.PI); // golden angle spreads them out
    const radius = 1 + Math.sqrt(count + index);
    const type = entityType(node.attributes);
    target.addNode(node.key, {
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
      size: 8,
      color: ENTITY_COLOURS[type] ?? "#555e6c",
      label: nodeCaption(node.attributes),
      entityType: type,
    });
  });
  for (const edge of wire.edges) {
    if (target.hasEdge(edge.key) || !target.hasNode(edge.source) || !target.hasNode(edge.target))
      continue;
    target.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      size: 2,
      color: "#9aa3b2",
      label: edge.attributes.type,
      type: "arrow",
    });
  }
}

export function createDisplayGraph(): DisplayGraph {
  return new Graph<DisplayNode, DisplayEdge>({ multi: true, type: "directed" });
}
