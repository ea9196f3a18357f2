/** The computed name properties of an entity: `names`, `searchText` and `caption`. */
import { IDENTIFIER_PROPERTY_KEYS, NAME_PROPERTY_KEYS } from "./property-kinds";

type PropertyValues = Readonly<Record<string, unknown>>;

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/** Every name in every script, primary name first, each once. */
export function collectNames(properties: PropertyValues): string[] {
  return [...new Set(NAME_PROPERTY_KEYS.flatMap((key) => stringsOf(properties[key])))];
}

/**
 * The one string the full-text index `entity_search` reads: all names, aliases and identifiers.
 * One per line, so an analyzer never glues the end of one name to the start of the next.
 */
export function buildSearchText(properties: PropertyValues): string {
  const identifiers = IDENTIFIER_PROPERTY_KEYS.flatMap((key) => stringsOf(properties[key]));
  return [...new Set([...collectNames(properties), ...identifiers])].join("\n");
}
