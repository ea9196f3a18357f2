import type { SerializedEdge, SerializedNode, WireGraph } from "../wire/graph-wire-types";
import {
  edgeAttributeText,
  flatAttributeSchema,
  nodeAttributeText,
  type FlatAttributeColumn,
  type FlatAttributeSchema,
} from "./flat-attribute-columns";
import { exportElementIds, type ExportElementIds } from "./element-ids";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape";

/**
 * GraphML for Gephi, yEd, Cytoscape and NetworkX: a directed graph whose node and edge ids are
 * the elements' own `id` properties (see `element-ids.ts`), with every attribute declared by a
 * typed `<key>`. Columns
 * holding JSON text (lists, tagged values, mixed columns) carry a `<desc>` saying so; see
 * `flat-attribute-columns.ts` for the column rules.
 */

export interface GraphmlExportOptions {
  /** Written as the graph's `<desc>`. */
  description?: string;
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
  ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

function keyDeclaration(id: string, kind: "node" | "edge", column: FlatAttributeColumn): string {
  const head =
    `  <key id="${id}" for="${kind}" attr.name="${escapeXmlAttribute(column.name)}"` +
    ` attr.type="${column.type}"`;
  if (column.json) return `${head}><desc>JSON text</desc></key>\n`;
  if (column.source.kind === "caption") return `${head}><desc>Display caption</desc></key>\n`;
  return `${head}/>\n`;
}

function dataElements(
  ids: readonly string[],
  columns: readonly FlatAttributeColumn[],
  textOf: (column: FlatAttributeColumn) => string | null,
): string {
  const parts: string[] = [];
  columns.forEach((column, index) => {
    const text = textOf(column);
    if (text !== null) parts.push(`<data key="${ids[index] ?? ""}">${escapeXmlText(text)}</data>`);
  });
  return parts.join("");
}

function nodeElement(
  node: SerializedNode,
  ids: readonly string[],
  columns: FlatAttributeColumn[],
  elementIds: ExportElementIds,
) {
  const data = dataElements(ids, columns, (column) => nodeAttributeText(column, node));
  return `    <node id="${escapeXmlAttribute(elementIds.node(node.key))}">${data}</node>\n`;
}

function edgeElement(
  edge: SerializedEdge,
  ids: readonly string[],
  columns: FlatAttributeColumn[],
  elementIds: ExportElementIds,
) {
  const data = dataElements(ids, columns, (column) => edgeAttributeText(column, edge));
  return (
    `    <edge id="${escapeXmlAttribute(elementIds.edge(edge.key))}"` +
    ` source="${escapeXmlAttribute(elementIds.node(edge.source))}"` +
    ` target="${escapeXmlAttribute(elementIds.node(edge.target))}">${data}</edge>\n`
  );
}

/** The GraphML document in pieces, one node or edge at a time, for streaming large graphs. */
export function* graphmlChunks(
  graph: WireGraph,
  options: GraphmlExportOptions = {},
): Generator<string, void, undefined> {
  const schema = graphmlAttributeSchema(graph);
  const nodeIds = schema.node.map((_, index) => `n${index}`);
  const edgeIds = schema.edge.map((_, index) => `e${index}`);
  yield HEADER;
  for (const [index, column] of schema.node.entries()) {
    yield keyDeclaration(nodeIds[index] ?? "", "node", column);
  }
  for (const [index, column] of schema.edge.entries()) {
    yield keyDeclaration(edgeIds[index] ?? "", "edge", column);
  }
  yield '  <graph id="ownergraph" edgedefault="directed">\n';
  if (options.description !== undefined) {
    yield `    <desc>${escapeXmlText(options.description)}</desc>\n`;
  }
  const elementIds = exportElementIds(graph);
  for (const node of graph.nodes) yield nodeElement(node, nodeIds, schema.node, elementIds);
  for (const edge of graph.edges) yield edgeElement(edge, edgeIds, schema.edge, elementIds);
  yield "  </graph>\n</graphml>\n";
}

export function exportGraphml(graph: WireGraph, options: GraphmlExportOptions = {}): string {
  return [...graphmlChunks(graph, options)].join("");
}

/** The `<key>` table `exportGraphml` writes, for readers that want to decode the JSON columns. */
export function graphmlAttributeSchema(graph: WireGraph): FlatAttributeSchema {
  return flatAttributeSchema(graph);
}
