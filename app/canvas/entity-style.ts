/**
 * How an entity looks on screen, read from the model's styles (domain/model/entity-types.ts):
 * colour, glyph, size grown with its links, and the canvas label.
 */
import type { NodeAttributes } from "../../domain/wire/graph-wire-types";
import { isEntityType, nodeKind, nodeStyle, shortCaption, type NodeKind } from "../../domain/model";

/** The entity type of a node (or `Source`, `Other`) from its labels. */
export function entityType(attributes: Pick<NodeAttributes, "labels">): NodeKind {
  return nodeKind(attributes.labels);
}

export function entityColour(type: string): string {
  return nodeStyle(type).colour;
}

export function entityIcon(type: string): string {
  return nodeStyle(type).glyph;
}

/** The plain-language name of a type; a label outside the model reads as itself. */
export function entityTypeName(type: string): string {
  return isEntityType(type) || type === "Source" || type === "Other"
    ? nodeStyle(type).displayName
    : type;
}

export function entitySize(type: string): number {
  return nodeStyle(type).size;
}

/** Most a node grows with its links on screen, in pixels. */
const MOST_GROWTH = 6;

/**
 * Node size on screen: its type's size, grown with the links it has on screen (logarithmically,
 * at most MOST_GROWTH). Hubs read first, and sigma, which gives a crowded spot's label to its
 * largest node, labels them before their leaves.
 */
export function entitySizeWithLinks(type: string, links: number): number {
  return entitySize(type) + Math.min(MOST_GROWTH, 1.5 * Math.log2(1 + Math.max(0, links)));
}

/** The canvas label: the caption, or the short name when the caption is long. */
export function nodeLabel(attributes: NodeAttributes): string {
  return shortCaption(attributes.properties, attributes.labels[0] ?? "node");
}
