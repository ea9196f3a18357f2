import type {
  PropertyValue,
  SerializedEdge,
  SerializedNode,
  WireGraph,
} from "../wire/graph-wire-types";
import { isTaggedValue } from "../wire/graph-wire-types";
import { nodeCaption } from "../model";
import { inferPropertyColumns, type ColumnShape } from "./property-columns";

/**
 * The attribute table GraphML and GEXF share: formats whose attributes are flat typed scalars.
 *
 * Booleans, integers (`long`), floats (`double`, whole ones included) and strings are written
 * natively. Every other value (lists, integers beyond 2^53, dates, mixed columns) goes
 * into a `string` attribute holding JSON text, and the column's `json` flag says so; all values
 * of such a column are JSON, strings included. Null and missing properties are left out, as
 * Neo4j does not store nulls either.
 *
 * Besides the properties, each node carries `labels` (JSON list) and `label` (display caption,
 * for Gephi and yEd), and each relationship `type` and `label` (its type). A property whose name
 * is taken by one of those, or by a name the format reserves, is written as `property.<name>`.
 */

export type FlatAttributeType = "boolean" | "long" | "double" | "string";

export type FlatColumnSource =
  | { kind: "labels" }
  | { kind: "caption" }
  | { kind: "type" }
  | { kind: "property"; property: string };

export interface FlatAttributeColumn {
  /** Name written to the file (`attr.name` in GraphML, `title` in GEXF). */
  name: string;
  type: FlatAttributeType;
  /** True when the values are JSON text. */
  json: boolean;
  source: FlatColumnSource;
}

export interface FlatAttributeSchema {
  node: FlatAttributeColumn[];
  edge: FlatAttributeColumn[];
}

export interface FlatSchemaOptions {
  /** Extra names the format keeps for itself, per element kind. */
  reservedNodeNames?: readonly string[];
  reservedEdgeNames?: readonly string[];
  /** Leave out the structural `label` column (GEXF has a native label instead). */
  omitLabelColumn?: boolean;
}

function flatType(shape: ColumnShape): { type: FlatAttributeType; json: boolean } {
  if (shape.kind === "scalar") {
    const { scalar } = shape;
    if (scalar === "boolean" || scalar === "long" || scalar === "double" || scalar === "string") {
      return { type: scalar, json: false };
    }
  }
  return { type: "string", json: true };
}

function propertyColumns(
  bags: Iterable<Record<string, PropertyValue>>,
  structural: FlatAttributeColumn[],
  reserved: readonly string[],
): FlatAttributeColumn[] {
  const taken = new Set([...structural.map((column) => column.name), ...reserved]);
  const columns = [...structural];
  for (const { property, shape } of inferPropertyColumns(bags)) {
    let name = taken.has(property) ? `property.${property}` : property;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    columns.push({ name, ...flatType(shape), source: { kind: "property", property } });
  }
  return columns;
}

function* nodeProperties(
  nodes: readonly SerializedNode[],
): Generator<Record<string, PropertyValue>> {
  for (const node of nodes) yield node.attributes.properties;
}

function* edgeProperties(
  edges: readonly SerializedEdge[],
): Generator<Record<string, PropertyValue>> {
  for (const edge of edges) yield edge.attributes.properties;
}

export function flatAttributeSchema(
  graph: WireGraph,
  options: FlatSchemaOptions = {},
): FlatAttributeSchema {
  const labelColumn = (source: FlatColumnSource): FlatAttributeColumn[] =>
    options.omitLabelColumn ? [] : [{ name: "label", type: "string", json: false, source }];
  const nodeStructural: FlatAttributeColumn[] = [
    { name: "labels", type: "string", json: true, source: { kind: "labels" } },
    ...labelColumn({ kind: "caption" }),
  ];
  const edgeStructural: FlatAttributeColumn[] = [
    { name: "type", type: "string", json: false, source: { kind: "type" } },
    ...labelColumn({ kind: "type" }),
  ];
  return {
    node: propertyColumns(
      nodeProperties(graph.nodes),
      nodeStructural,
      options.reservedNodeNames ?? [],
    ),
    edge: propertyColumns(
      edgeProperties(graph.edges),
      edgeStructural,
      options.reservedEdgeNames ?? [],
    ),
  };
}

function encodeScalar(type: FlatAttributeType, value: PropertyValue): string {
  if (type === "string" && typeof value === "string") return value;
  if (type === "boolean" && typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  // An integer column's values come tagged; its decimal text is the value.
  if (type === "long" && isTaggedValue(value) && value.$type === "Integer") return value.value;
  return JSON.stringify(value);
}

function propertyText(
  column: FlatAttributeColumn,
  value: PropertyValue | undefined,
): string | null {
  if (value === undefined || value === null) return null;
  return column.json ? JSON.stringify(value) : encodeScalar(column.type, value);
}

/** The text of a node's attribute, or null when the node has none. */
export function nodeAttributeText(
  column: FlatAttributeColumn,
  node: SerializedNode,
): string | null {
  const { source } = column;
  if (source.kind === "labels") return JSON.stringify(node.attributes.labels);
  if (source.kind === "caption") return nodeCaption(node);
  if (source.kind === "type") return null;
  return propertyText(column, node.attributes.properties[source.property]);
}

/** The text of a relationship's attribute, or null when it has none. */
export function edgeAttributeText(
  column: FlatAttributeColumn,
  edge: SerializedEdge,
): string | null {
  const { source } = column;
  if (source.kind === "type") return edge.attributes.type;
  if (source.kind === "property") {
    return propertyText(column, edge.attributes.properties[source.property]);
  }
  return null;
}
