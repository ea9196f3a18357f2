/**
 * What an entity (or any node) is called on screen, in panels, pictures, reports and exports:
 * one rule, read everywhere.
 */
import {
  isTaggedValue,
  type Properties,
  type PropertyValue,
  type SerializedNode,
} from "../wire/graph-wire-types";

/** A property as a single line of text, or null when it holds none. */
export function textOf(value: PropertyValue | undefined): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return String(value);
  // Dates and other tagged values carry Neo4j's own text.
  if (isTaggedValue(value) && "value" in value) return value.value;
  return null;
}

/** A property as a list of texts (a single value becomes a list of one). */
export function textsOf(value: PropertyValue | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => textOf(item) ?? []);
  const single = textOf(value);
  return single === null ? [] : [single];
}

const CAPTION_PROPERTIES = ["caption", "name", "title", "id"] as const;

/**
 * The caption: `caption`, else `name`, `title`, `id`; else the fallback (a node key, a label).
 * Every entity the model writes has a caption; the fallbacks serve whatever a query returns.
 */
export function caption(properties: Properties, fallback: string): string {
  for (const key of CAPTION_PROPERTIES) {
    const text = textOf(properties[key]);
    if (text !== null) return text;
  }
  return fallback;
}

const LONG_CAPTION = 34;

/** The canvas label: the caption, or the short name when the caption is long. */
export function shortCaption(properties: Properties, fallback: string): string {
  const full = caption(properties, fallback);
  const short = textOf(properties["shortName"]);
  return full.length > LONG_CAPTION && short !== null ? short : full;
}

/** The caption of a wire node; its key when no property names it. */
export function nodeCaption(node: SerializedNode): string {
  return caption(node.attributes.properties, node.key);
}
