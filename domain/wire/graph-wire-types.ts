/**
 * The wire format between server, browser, CLI and exporters: graphology's serialized graph
 * (`{ nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }`), with
 * Neo4j's labels, types and properties kept apart from anything the UI adds.
 *
 * Keys are Neo4j element ids. Values that JSON cannot carry faithfully travel as tagged objects,
 * see `TaggedValue`: temporal types, durations, points, and every integer. A JSON number is
 * always a Neo4j FLOAT (3.0 included) and a Neo4j INTEGER always `{ $type: "Integer", value }`
 * with its exact decimal text, so a value keeps its type through the browser, the exports and
 * back into Neo4j.
 */

/** Neo4j's temporal types and durations, tagged by these names on the wire. */
export const TEMPORAL_TYPE_NAMES = [
  "Date",
  "DateTime",
  "LocalDateTime",
  "Time",
  "LocalTime",
  "Duration",
] as const;

export type TemporalTypeName = (typeof TEMPORAL_TYPE_NAMES)[number];

export function isTemporalTypeName(name: string): name is TemporalTypeName {
  return (TEMPORAL_TYPE_NAMES as readonly string[]).includes(name);
}

/** A Neo4j value JSON cannot hold as-is; `value` is Neo4j's own ISO-8601 / decimal text. */
export type TaggedValue =
  | { $type: "Integer"; value: string }
  | { $type: TemporalTypeName; value: string }
  | { $type: "Point"; srid: number; x: number; y: number; z?: number }
  | { $type: "Bytes"; base64: string };

export type PropertyValue =
  | null
  | boolean
  | number
  | string
  | TaggedValue
  | PropertyValue[]
  | { [key: string]: PropertyValue };

export type Properties = Record<string, PropertyValue>;

export interface NodeAttributes {
  labels: string[];
  properties: Properties;
}

export interface EdgeAttributes {
  type: string;
  properties: Properties;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface WireGraph {
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** A node or relationship as it appears in a table cell. */
export type CellValue =
  | PropertyValue
  | { $type: "Node"; elementId: string; labels: string[]; properties: Properties }
  | {
      $type: "Relationship";
      elementId: string;
      type: string;
      startElementId: string;
      endElementId: string;
      properties: Properties;
    }
  | { $type: "Path"; nodes: string[]; relationships: string[] }
  | CellValue[]
  | { [key: string]: CellValue };

export function isTaggedValue(value: unknown): value is TaggedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { $type?: unknown }).$type === "string"
  );
}

/**
 * A number to compute with: a float, or an Integer within ±2^53; null for anything else. For
 * counts and shares, where an integer and a float of the same value mean the same.
 */
export function numberValue(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (isTaggedValue(value) && value.$type === "Integer") {
    const number = Number(value.value);
    return Number.isSafeInteger(number) ? number : null;
  }
  return null;
}
