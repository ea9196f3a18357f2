import type { SerializedEdge, SerializedNode, WireGraph } from "../wire/graph-wire-types";
import {
  edgeAttributeText,
  flatAttributeSchema,
  nodeAttributeText,
  type FlatAttributeColumn,
  type FlatAttributeSchema,
} from "./flat-attribute-columns";
import { nodeCaption } from "../model";
import { exportElementIds, type ExportElementIds } from "./element-ids";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape";

/**
 * GEXF 1.3 for Gephi: a static directed graph whose node and edge ids are the elements' own `id`
 * properties (see `element-ids.ts`). Nodes
 * carry their caption as the native `label`; relationships carry their type as `label` and as
 * `kind` (Gephi's edge type). Attributes are declared with `long`, `double`, `boolean` or
 * `string` types as in `flat-attribute-columns.ts`; the titles of the attributes holding JSON
 * text are listed in the `<meta><description>`.
 */

export interface GexfExportOptions {
  /** `lastmodifieddate` of the meta element (YYYY-MM-DD); left out when not given. */
  lastModifiedDate?: string;
  /** Prepended to the meta description. */
  description?: string;
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';

/** Attribute names the GEXF reader maps to element fields rather than attributes. */
const RESERVED_NODE_NAMES = ["label"];
const RESERVED_EDGE_NAMES = ["label", "kind", "weight"];

function jsonColumnsNote(schema: FlatAttributeSchema): string {
  const titles = (columns: FlatAttributeColumn[]) =>
    columns.filter((column) => column.json).map((column) => column.name);
  return (
    `Attributes holding JSON text: nodes [${titles(schema.node).join(", ")}];` +
    ` edges [${titles(schema.edge).join(", ")}].`
  );
}

function metaElement(schema: FlatAttributeSchema, options: GexfExportOptions): string {
  const date =
    options.lastModifiedDate === undefined
      ? ""
      : ` lastmodifieddate="${escapeXmlAttribute(options.lastModifiedDate)}"`;
  const description = [options.description, jsonColumnsNote(schema)]
    .filter((part) => part !== undefined)
    .join(" ");
  return (
    `  <meta${date}>\n    <creator>Ownergraph</creator>\n` +
    `    <description>${escapeXmlText(description)}</description>\n  </meta>\n`
  );
}

function attributeDeclarations(kind: "node" | "edge", columns: FlatAttributeColumn[]): string {
  const lines = columns.map(
    (column, index) =>
      `      <attribute id="${index}" title="${escapeXmlAttribute(column.name)}" type="${column.type}"/>\n`,
  );
  return `    <attributes class="${kind}" mode="static">\n${lines.join("")}    </attributes>\n`;
}

function attributeValues(
  columns: readonly FlatAttributeColumn[],
  textOf: (column: FlatAttributeColumn) => string | null,
): string {
  const parts: string[] = [];
  columns.forEach((column, index) => {
    const text = textOf(column);
    if (text !== null) parts.push(`<attvalue for="${index}" value="${escapeXmlAttribute(text)}"/>`);
  });
  return parts.length === 0 ? "" : `<attvalues>${parts.join("")}</attvalues>`;
}

function nodeElement(
  node: SerializedNode,
  columns: FlatAttributeColumn[],
  ids: ExportElementIds,
): string {
  const values = attributeValues(columns, (column) => nodeAttributeText(column, node));
  return (
    `      <node id="${escapeXmlAttribute(ids.node(node.key))}"` +
    ` label="${escapeXmlAttribute(nodeCaption(node))}">${values}</node>\n`
  );
}

function edgeElement(
  edge: SerializedEdge,
  columns: FlatAttributeColumn[],
  ids: ExportElementIds,
): string {
  const values = attributeValues(columns, (column) => edgeAttributeText(column, edge));
  const type = escapeXmlAttribute(edge.attributes.type);
  return (
    `      <edge id="${escapeXmlAttribute(ids.edge(edge.key))}"` +
    ` source="${escapeXmlAttribute(ids.node(edge.source))}"` +
    ` target="${escapeXmlAttribute(ids.node(edge.target))}" type="directed" label="${type}"` +
    ` kind="${type}">${values}</edge>\n`
  );
}

/** The GEXF document in pieces, one node or edge at a time, for streaming large graphs. */
export function* gexfChunks(
  graph: WireGraph,
  options: GexfExportOptions = {},
): Generator<string, void, undefined> {
  const schema = gexfAttributeSchema(graph);
  yield HEADER;
  yield metaElement(schema, options);
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield attributeDeclarations("node", schema.node);
  yield attributeDeclarations("edge", schema.edge);
  const ids = exportElementIds(graph);
  yield "    <nodes>\n";
  for (const node of graph.nodes) yield nodeElement(node, schema.node, ids);
  yield "    </nodes>\n    <edges>\n";
  for (const edge of graph.edges) yield edgeElement(edge, schema.edge, ids);
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

export function exportGexf(graph: WireGraph, options: GexfExportOptions = {}): string {
  return [...gexfChunks(graph, options)].join("");
}

/** The attribute table `exportGexf` writes, for readers that want to decode the JSON columns. */
export function gexfAttributeSchema(graph: WireGraph): FlatAttributeSchema {
  return flatAttributeSchema(graph, {
    omitLabelColumn: true,
    reservedNodeNames: RESERVED_NODE_NAMES,
    reservedEdgeNames: RESERVED_EDGE_NAMES,
  });
}
