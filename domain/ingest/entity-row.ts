/**
 * An imported entity's row with the computed properties every entity carries (docs/model.md):
 * `names` (every name once, primary first), `searchText` (what the full-text index reads) and
 * `caption` (the name, else the given fallback, such as "Unknown person (reason given)").
 */
import { buildSearchText, collectNames, type EntityType } from "../model";
import type { EntityRow, RowOrigin, RowProperties } from "./model-rows";

export function entityRow(
  id: string,
  type: EntityType,
  given: RowProperties,
  fallbackCaption: string,
  origin?: RowOrigin,
): EntityRow {
  const properties: RowProperties = { ...given, id };
  const names = collectNames(given);
  if (names.length > 0) properties["names"] = names;
  const caption = typeof given["caption"] === "string" ? given["caption"] : names[0];
  properties["caption"] = caption ?? fallbackCaption;
  properties["searchText"] = buildSearchText(given) || properties["caption"];
  return origin === undefined ? { id, type, properties } : { id, type, properties, origin };
}
