/**
 * The render graph: what sigma draws, one graphology graph of display attributes. The data
 * (labels, properties) stays in the explorer's entity store; only what drawing needs is here.
 */
import Graph from "graphology";
import type { NodeAttributes, Properties, WireGraph } from "../../domain/wire/graph-wire-types";
import { relationshipKind, type RelationshipKind } from "../../domain/model";
import { edgeColour, edgeWidth, EDGE_KIND_STYLES, type EdgeProgramName } from "./edge-style";
import {
  entityColour,
  entitySize,
  entitySizeWithLinks,
  entityType,
  nodeLabel,
} from "./entity-style";
import { entityIconImage } from "./entity-icons";

/** What sigma draws for a node. */
export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
  /** The type's icon, drawn inside the node (entity-icons.ts). */
  image: string;
  /** Kept in place by the force layout (a pinned node). */
  fixed?: boolean;
}

export interface DisplayEdge {
  size: number;
  color: string;
  label: string;
  /** The sigma edge program. */
  type: EdgeProgramName;
  kind: RelationshipKind;
  /** On the view's day the link may or may not have held (drawn faded, like an uncertain claim). */
  mayHaveHeld: boolean;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export function createDisplayGraph(): DisplayGraph {
  return new Graph<DisplayNode, DisplayEdge>({
    multi: true,
    type: "directed",
    allowSelfLoops: true,
  });
}

export function nodeDisplay(
  attributes: NodeAttributes,
  position: { x: number; y: number },
): DisplayNode {
  const type = entityType(attributes);
  return {
    x: position.x,
    y: position.y,
    size: entitySize(type),
    color: entityColour(type),
    label: nodeLabel(attributes),
    entityType: type,
    image: entityIconImage(type),
  };
}

export function edgeDisplay(
  type: string,
  properties: Properties,
  mayHaveHeld = false,
): DisplayEdge {
  const kind = relationshipKind(type);
  return {
    size: edgeWidth(type, properties),
    color: edgeColour(type, properties, mayHaveHeld),
    mayHaveHeld,
    label: type,
    type: EDGE_KIND_STYLES[kind].program,
    kind,
  };
}

/**
 * Sizes every node by its type and the links it has on screen (entitySizeWithLinks); run after
 * nodes or links come or go. One batch update: sigma hears one event, not one per node. No
 * "size only" hint: with it, sigma 3 repaints in place and fails on nodes it has not indexed yet.
 */
export function sizeNodesByLinks(graph: DisplayGraph): void {
  graph.updateEachNodeAttributes((key, attributes) => {
    attributes.size = entitySizeWithLinks(attributes.entityType, graph.degreeWithoutSelfLoops(key));
    return attributes;
  });
}

/** Spreads new nodes out on a spiral (golden angle) until a layout places them. */
export function spiralPosition(index: number): { x: number; y: number } {
  const angle = (index * 2.399963) % (2 * Math.PI);
  const radius = 1 + Math.sqrt(index);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/**
 * Merges a wire graph into a render graph as is (keys unchanged); existing nodes keep their
 * position. The explorer goes through its entity store instead; the render benchmark uses this.
 */
export function mergeIntoDisplayGraph(target: DisplayGraph, wire: WireGraph): void {
  const count = target.order;
  wire.nodes.forEach((node, index) => {
    if (target.hasNode(node.key)) return;
    target.addNode(node.key, nodeDisplay(node.attributes, spiralPosition(count + index)));
  });
  for (const edge of wire.edges) {
    if (target.hasEdge(edge.key) || !target.hasNode(edge.source) || !target.hasNode(edge.target))
      continue;
    target.addDirectedEdgeWithKey(
      edge.key,
      edge.source,
      edge.target,
      edgeDisplay(edge.attributes.type, edge.attributes.properties),
    );
  }
  sizeNodesByLinks(target);
}
