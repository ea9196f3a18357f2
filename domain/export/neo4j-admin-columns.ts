import type { PropertyValue, TaggedValue } from "../wire/graph-wire-types";
import { isTaggedValue } from "../wire/graph-wire-types";
import type { ColumnShape, ScalarKind } from "./property-columns";

/**
 * Column types and cell texts in the syntax of `neo4j-admin database import`: a header field is
 * `name:type` (`string` when no type is given) and a list is `name:type[]` with its items
 * joined by the array delimiter.
 *
 * Integers beyond 2^53 are written as exact decimal text in `long` columns; dates, times and
 * durations as Neo4j's ISO text in `date`/`datetime`/... columns; points as
 * `{srid:4326, x:.., y:..}` in `point` columns. Byte arrays and mixed columns have no
 * neo4j-admin type and are written as JSON text in plain string columns.
 */

const ADMIN_TYPES: Readonly<Record<ScalarKind, string | null>> = {
  boolean: "boolean",
  long: "long",
  double: "double",
  string: "string",
  Integer: "long",
  Date: "date",
  DateTime: "datetime",
  LocalDateTime: "localdatetime",
  Time: "time",
  LocalTime: "localtime",
  Duration: "duration",
  Point: "point",
  Bytes: null,
};

export interface AdminColumnType {
  /** Suffix after the colon, e.g. `double` or `string[]`; empty for plain strings. */
  suffix: string;
  list: boolean;
  json: boolean;
}

export function adminColumnType(shape: ColumnShape): AdminColumnType {
  if (shape.kind === "mixed") return { suffix: "", list: false, json: true };
  const type = ADMIN_TYPES[shape.scalar];
  if (type === null) return { suffix: "", list: false, json: true };
  if (shape.kind === "list") return { suffix: `${type}[]`, list: true, json: false };
  return { suffix: type === "string" ? "" : type, list: false, json: false };
}

function taggedText(value: TaggedValue): string {
  if (value.$type === "Point") {
    const z = value.z === undefined ? "" : `, z:${value.z}`;
    return `{srid:${value.srid}, x:${value.x}, y:${value.y}${z}}`;
  }
  if (value.$type === "Bytes") return JSON.stringify(value);
  return value.value;
}

function scalarText(value: PropertyValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isTaggedValue(value)) return taggedText(value);
  return JSON.stringify(value);
}

/** A cell's text before CSV quoting, or null for an empty cell (no property). */
export function adminCellText(
  column: AdminColumnType,
  value: PropertyValue | undefined,
  arrayDelimiter: string,
): string | null {
  if (value === undefined || value === null) return null;
  if (column.json) return JSON.stringify(value);
  if (column.list && Array.isArray(value)) {
    return value.length === 0 ? null : value.map(scalarText).join(arrayDelimiter);
  }
  return scalarText(value);
}

/** Every string that will be joined by the array delimiter, to choose one that none contains. */
export function* listItemTexts(value: PropertyValue | undefined): Generator<string> {
  if (!Array.isArray(value)) return;
  for (const item of value) yield scalarText(item);
}
