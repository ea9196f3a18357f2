import type { NodeAttributes } from "../../domain/graph/graph-wire-types";

/** Colours per entity type; the legend reads from the same table. */
export const ENTITY_COLOURS: Record<string, string> = {
  PublicBody: "#b5473a",
  Company: "#2f6db5",
  Person: "#7a4fb0",
  Contract: "#c98a12",
  Place: "#2e8b57",
  Source: "#7d8590",
  Other: "#555e6c",
};

/**
 * A text glyph per entity type, for the console's result cells; the canvas, the legend and the
 * evidence panel draw the matching icons of entity-icons.ts.
 */
export const ENTITY_ICONS: Record<string, string> = {
  PublicBody: "⚑",
  Company: "■",
  Person: "●",
  Contract: "✎",
  Place: "▲",
  Source: "❝",
  Other: "◆",
};

/** Plain-language names of the types, for lists and the legend. */
export const ENTITY_TYPE_NAMES: Record<string, string> = {
  PublicBody: "Public body",
  Company: "Company",
  Person: "Person",
  Contract: "Contract",
  Place: "Place",
  Source: "Source",
  Other: "Other",
};

/** Node size on screen per type: public bodies and companies read first. */
const ENTITY_SIZES: Record<string, number> = {
  PublicBody: 11,
  Company: 9,
  Person: 7,
  Contract: 7,
  Place: 8,
};

export function entityType(attributes: Pick<NodeAttributes, "labels">): string {
  const known = attributes.labels.find((label) => label in ENTITY_COLOURS);
  return known ?? "Other";
}

export function entityColour(type: string): string {
  return ENTITY_COLOURS[type] ?? ENTITY_COLOURS["Other"] ?? "#555e6c";
}

export function entityIcon(type: string): string {
  return ENTITY_ICONS[type] ?? ENTITY_ICONS["Other"] ?? "◆";
}

export function entitySize(type: string): number {
  return ENTITY_SIZES[type] ?? 7;
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

const LONG_CAPTION = 34;

/** The canvas label: the caption, or the short name when the caption is long. */
export function nodeLabel(attributes: NodeAttributes): string {
  const caption = nodeCaption(attributes);
  const short = attributes.properties["shortName"];
  if (caption.length > LONG_CAPTION && typeof short === "string" && short.trim() !== "")
    return short;
  return caption;
}

/** The text shown for a node: its caption, else its name, else its id, else its first label. */
export function nodeCaption(attributes: NodeAttributes): string {
  const { caption, name, id, title } = attributes.properties;
  for (const candidate of [caption, name, title, id]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
  }
  return attributes.labels[0] ?? "node";
}
