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

export function entityType(attributes: NodeAttributes): string {
  const known = attributes.labels.find((label) => label in ENTITY_COLOURS);
  return known ?? attributes.labels.find((label) => label !== "Entity") ?? "Other";
}

/** The text shown for a node: its caption, else its name, else its id, else its first label. */
export function nodeCaption(attributes: NodeAttributes): string {
  const { caption, name, id, title } = attributes.properties;
  for (const candidate of [caption, name, title, id]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
  }
  return attributes.labels[0] ?? "node";
}
