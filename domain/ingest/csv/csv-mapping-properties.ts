/**
 * The `properties` (property → column) and `fixed` (property → one value) of a table in the
 * CSV mapping file, checked against the property kinds of the table's type(s).
 */
import { checkValue, type PropertyKinds } from "../../model";
import type { RowValue } from "../model-rows";
import type { ColumnSource, PropertyMapping } from "./csv-mapping-types";
import { isJsonObject, type JsonFields, type JsonObject } from "./json-fields";

/** Properties an import computes itself; a mapping cannot set them. */
const COMPUTED = new Set(["id", "names", "searchText", "dataset", "caption"]);

function unknownProperty(fields: JsonFields, where: string, key: string, kinds: PropertyKinds) {
  fields.report(
    where,
    "mapping-unknown-property",
    COMPUTED.has(key)
      ? `"${key}" at ${where} is computed by the import; a mapping cannot set it.`
      : `The model has no property "${key}" for this table's type.`,
    `Use one of ${Object.keys(kinds)
      .filter((name) => !COMPUTED.has(name))
      .join(", ")} (docs/model.md).`,
  );
}

function columnSource(
  fields: JsonFields,
  value: unknown,
  where: string,
  isList: boolean,
  property: string,
): ColumnSource | null {
  if (typeof value === "string" && value.trim() !== "") {
    return { column: value.trim(), separator: null, scheme: null };
  }
  if (!isJsonObject(value)) {
    fields.report(
      where,
      "mapping-bad-field",
      `${where} must name a column: "column name" or { "column": ..., "separator": ... }.`,
      `Write the column's name as it stands in the file's header.`,
    );
    return null;
  }
  fields.onlyKeys(value, ["column", "separator", "scheme"], where);
  const column = fields.text(value, "column", where, true);
  const separator = value["separator"];
  const scheme = fields.text(value, "scheme", where);
  if (separator !== undefined && (typeof separator !== "string" || separator === "")) {
    fields.report(
      `${where}.separator`,
      "mapping-bad-field",
      `The separator at ${where} must be a non-empty text such as ";".`,
      `Write the text that stands between two items of a cell.`,
    );
  }
  if (!isList && (separator !== undefined || scheme !== null)) {
    fields.report(
      where,
      "mapping-bad-field",
      `"${property}" holds one value; a separator or scheme applies to lists only.`,
      `Remove "separator" and "scheme", or map a list property (aliases, identifiers).`,
    );
  }
  if (scheme !== null && property !== "identifiers") {
    fields.report(
      `${where}.scheme`,
      "mapping-bad-field",
      `A scheme applies to "identifiers" only, not to "${property}".`,
      `Remove "scheme".`,
    );
  }
  if (column === null) return null;
  return {
    column,
    separator: typeof separator === "string" && separator !== "" ? separator : null,
    scheme,
  };
}

export function readProperties(
  fields: JsonFields,
  table: JsonObject,
  path: string,
  kinds: PropertyKinds,
): PropertyMapping[] {
  const given = fields.object(table, "properties", path);
  if (given === null) return [];
  const mappings: PropertyMapping[] = [];
  for (const [property, value] of Object.entries(given)) {
    const where = `${path}.properties.${property}`;
    const kind = kinds[property];
    if (kind === undefined || COMPUTED.has(property)) {
      unknownProperty(fields, where, property, kinds);
      continue;
    }
    const isList = kind === "texts";
    const items = Array.isArray(value) ? value : [value];
    if (items.length > 1 && !isList) {
      fields.report(
        where,
        "mapping-bad-field",
        `"${property}" holds one value and cannot be read from ${String(items.length)} columns.`,
        `Name one column.`,
      );
      continue;
    }
    const columns = items
      .map((item, index) =>
        columnSource(
          fields,
          item,
          Array.isArray(value) ? `${where}[${String(index)}]` : where,
          isList,
          property,
        ),
      )
      .filter((column): column is ColumnSource => column !== null);
    if (columns.length > 0) mappings.push({ property, kind, columns });
  }
  return mappings;
}

export function readFixed(
  fields: JsonFields,
  table: JsonObject,
  path: string,
  kinds: PropertyKinds,
): Record<string, RowValue> {
  const given = fields.object(table, "fixed", path);
  const fixed: Record<string, RowValue> = {};
  if (given === null) return fixed;
  for (const [property, value] of Object.entries(given)) {
    const where = `${path}.fixed.${property}`;
    const kind = kinds[property];
    if (kind === undefined || COMPUTED.has(property)) {
      unknownProperty(fields, where, property, kinds);
      continue;
    }
    const reason = checkValue(kind, value);
    if (reason !== null) {
      fields.report(
        where,
        "mapping-bad-value",
        `The fixed value of "${property}" ${reason}.`,
        "Correct the value in the mapping file.",
      );
      continue;
    }
    fixed[property] = value as RowValue;
  }
  return fixed;
}
