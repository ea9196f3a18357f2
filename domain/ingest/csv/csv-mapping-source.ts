/**
 * The `source` of a CSV mapping (top level, or per table): the document every fact of its
 * files is cited to. Its title and kind are required; url, publisher, date and note are kept
 * where given, never guessed.
 */
import { SOURCE_KINDS, SOURCE_PROPERTIES, checkValue } from "../../model";
import type { RowProperties } from "../model-rows";
import type { SourceDefaults } from "./csv-mapping-types";
import type { JsonFields, JsonObject } from "./json-fields";

const SOURCE_KEYS = ["title", "kind", "url", "publisher", "date", "note"] as const;

export function readSource(
  fields: JsonFields,
  parent: JsonObject,
  parentPath: string,
  localId: string,
): SourceDefaults | null {
  const source = fields.object(parent, "source", parentPath);
  if (source === null) return null;
  const path = parentPath === "(top)" ? "source" : `${parentPath}.source`;
  fields.onlyKeys(source, SOURCE_KEYS, path);
  const properties: RowProperties = {};
  for (const key of SOURCE_KEYS) {
    const required = key === "title" || key === "kind";
    const value = fields.text(source, key, path, required);
    if (value === null) continue;
    const kind = SOURCE_PROPERTIES[key];
    const reason = kind === undefined ? null : checkValue(kind, value);
    if (reason !== null) {
      fields.report(
        `${path}.${key}`,
        "mapping-bad-value",
        `The source's "${key}" ${reason}.`,
        key === "kind"
          ? `Choose the kind that fits: ${SOURCE_KINDS.join(", ")}.`
          : "Correct the value in the mapping file.",
      );
      continue;
    }
    properties[key] = value;
  }
  if (typeof properties["title"] !== "string" || typeof properties["kind"] !== "string") {
    return null;
  }
  properties["caption"] = properties["title"];
  return { localId, properties };
}
