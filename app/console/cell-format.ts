/**
 * Result values as text a person reads: nodes by label and caption, relationships by type,
 * tagged values (integers, dates, durations, points) as Neo4j writes them, never as the raw JSON
 * they travel in, and floats always with a decimal point (1.0), so they read, and copy back into
 * the parameters, as floats.
 */
import {
  TEMPORAL_TYPE_NAMES,
  type CellValue,
  type Properties,
  type PropertyValue,
  type TaggedValue,
} from "../../domain/wire/graph-wire-types";
import { formatShare as formatModelShare, readableShare } from "../../domain/model";
import { cypherFloat } from "../../domain/export/cypher-literal";
import { isInternalProperty } from "../../domain/wire/internal-properties";

export type NodeCell = Extract<CellValue, { $type: "Node" }>;
export type RelationshipCell = Extract<CellValue, { $type: "Relationship" }>;
export type PathCell = Extract<CellValue, { $type: "Path" }>;

export type CellKind =
  | { kind: "null" }
  | { kind: "scalar"; text: string; numeric: boolean }
  | { kind: "node"; node: NodeCell }
  | { kind: "relationship"; relationship: RelationshipCell }
  | { kind: "path"; path: PathCell }
  | { kind: "list"; items: CellValue[] }
  | { kind: "map"; entries: [string, CellValue][] };

const TAGS = new Set<string>(["Integer", ...TEMPORAL_TYPE_NAMES, "Point", "Bytes"]);

export function isTagged(value: unknown): value is TaggedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    TAGS.has(String((value as { $type?: unknown }).$type))
  );
}

/** What a cell holds, for the table to pick its rendering. */
export function classifyCell(value: CellValue): CellKind {
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) return { kind: "list", items: value };
  if (typeof value === "object") {
    const type = (value as { $type?: unknown }).$type;
    if (type === "Node") return { kind: "node", node: value as NodeCell };
    if (type === "Relationship")
      return { kind: "relationship", relationship: value as RelationshipCell };
    if (type === "Path") return { kind: "path", path: value as PathCell };
    if (isTagged(value)) {
      return { kind: "scalar", text: formatTagged(value), numeric: value.$type === "Integer" };
    }
    return { kind: "map", entries: Object.entries(value as Record<string, CellValue>) };
  }
  // A JSON number is a float on the wire (integers come tagged): written as Cypher writes one.
  if (typeof value === "number") return { kind: "scalar", text: cypherFloat(value), numeric: true };
  return { kind: "scalar", text: String(value), numeric: false };
}

export function formatTagged(value: TaggedValue): string {
  switch (value.$type) {
    case "Point": {
      const z = value.z === undefined ? "" : `, z: ${value.z}`;
      return `point({srid: ${value.srid}, x: ${value.x}, y: ${value.y}${z}})`;
    }
    case "Bytes":
      return `bytes (${Math.floor((value.base64.length * 3) / 4)} bytes)`;
    default:
      return value.value;
  }
}

/** The words a node is known by: caption, name or id, else its element id. */
export function nodeTitle(node: Pick<NodeCell, "properties" | "elementId">): string {
  for (const key of ["caption", "name", "title", "id"]) {
    const value = node.properties[key];
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number") return String(value);
  }
  return node.elementId;
}

/** A property value in Cypher-like text: strings quoted inside lists and maps. */
export function formatProperty(value: PropertyValue, nested = false): string {
  if (value === null) return "null";
  if (typeof value === "string") return nested ? JSON.stringify(value) : value;
  if (typeof value === "number") return cypherFloat(value);
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value))
    return `[${value.map((item) => formatProperty(item, true)).join(", ")}]`;
  if (isTagged(value)) return formatTagged(value);
  return `{${Object.entries(value)
    .map(([key, inner]) => `${key}: ${formatProperty(inner, true)}`)
    .join(", ")}}`;
}

export function formatProperties(properties: Properties, limit = 4): string {
  const entries = Object.entries(properties).filter(([key]) => !isInternalProperty(key));
  const shown = entries
    .slice(0, limit)
    .map(([key, value]) => `${key}: ${formatProperty(value, true)}`);
  if (entries.length > limit) shown.push(`… ${entries.length - limit} more`);
  return shown.length ? `{${shown.join(", ")}}` : "";
}

/** A whole cell as one line of text (for sorting, copying and the title tooltip). */
export function formatCell(value: CellValue, nested = false): string {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case "null":
      return "null";
    case "scalar":
      return nested && typeof value === "string" ? JSON.stringify(value) : cell.text;
    case "node":
      return `(:${cell.node.labels.join(":")} ${nodeTitle(cell.node)})`;
    case "relationship":
      return `[:${cell.relationship.type}${formatShare(cell.relationship.properties)}]`;
    case "path":
      return `path of ${cell.path.relationships.length} relationship${cell.path.relationships.length === 1 ? "" : "s"}`;
    case "list":
      return `[${cell.items.map((item) => formatCell(item, true)).join(", ")}]`;
    case "map":
      return `{${cell.entries.map(([key, inner]) => `${key}: ${formatCell(inner, true)}`).join(", ")}}`;
  }
}

/**
 * " 51%", " 25–50%", " at least 25%" after a relationship that states a share; nothing when it
 * states none or holds something that is not a share (the cell still shows the properties).
 */
export function formatShare(properties: Properties): string {
  const share = readableShare(properties);
  return share === null || share.kind === "unknown" ? "" : ` ${formatModelShare(share)}`;
}
