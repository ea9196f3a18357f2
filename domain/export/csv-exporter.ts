import type { PropertyValue, SerializedNode, WireGraph } from "../wire/graph-wire-types";
import {
  adminCellText,
  adminColumnType,
  listItemTexts,
  type AdminColumnType,
} from "./neo4j-admin-columns";
import { inferPropertyColumns } from "./property-columns";

/**
 * Two CSV files, nodes.csv and relationships.csv, in the form `neo4j-admin database import`
 * reads (RFC 4180, CRLF line ends, fields quoted when they hold a comma, quote, line break,
 * leading or trailing blank, or are empty strings; a missing property is an empty unquoted
 * field). Property columns are typed as in `neo4j-admin-columns.ts`.
 *
 * Node ids: when every node has a string `id` property and no two share one, the id column is
 * `id:ID`, so the ids double as the `id` property (global id space: entity and source ids must
 * not collide). Otherwise it is `:ID` holding the wire keys (Neo4j element ids), which are not
 * stored, and `id` stays an ordinary column. `:START_ID`/`:END_ID` use the same ids.
 *
 * Lists and labels are joined with `;` unless an item contains one; then `|`, else U+001F is
 * used, and `importCommand` passes it as `--array-delimiter`. An empty list and a missing list
 * both become an empty field (neo4j-admin stores no property). A property name holding `:`
 * cannot be written in a neo4j-admin header and would be misread.
 */

export type NodeIdSource = "id-property" | "element-key";

export interface CsvPair {
  nodesCsv: string;
  relationshipsCsv: string;
  nodeIdSource: NodeIdSource;
  /** The list delimiter used (`;`, `|` or U+001F). */
  arrayDelimiter: string;
  /** A neo4j-admin command line that imports the pair as written. */
  importCommand: string;
  /** Properties written as JSON text in plain string columns (byte arrays, mixed values). */
  jsonColumns: { nodes: string[]; relationships: string[] };
}

const DELIMITER_CANDIDATES = [";", "|", "\u001F"];
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const LINE_END = "\r\n";

/** One RFC 4180 field: quoted (quotes doubled) when needed; null is an empty unquoted field. */
export function csvField(text: string | null): string {
  if (text === null) return "";
  if (text === "" || NEEDS_QUOTES.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

function csvLine(fields: readonly (string | null)[]): string {
  return fields.map(csvField).join(",") + LINE_END;
}

interface TypedColumn {
  property: string;
  header: string;
  type: AdminColumnType;
}

function typedColumns(
  bags: Iterable<Record<string, PropertyValue>>,
  skip: string | null,
): TypedColumn[] {
  return inferPropertyColumns(bags)
    .filter((column) => column.property !== skip)
    .map(({ property, shape }) => {
      const type = adminColumnType(shape);
      return {
        property,
        type,
        header: type.suffix === "" ? property : `${property}:${type.suffix}`,
      };
    });
}

/** `id-property` when every node has a string id and none repeats. */
export function chooseNodeIdSource(nodes: readonly SerializedNode[]): NodeIdSource {
  const seen = new Set<string>();
  for (const node of nodes) {
    const id = node.attributes.properties.id;
    if (typeof id !== "string" || seen.has(id)) return "element-key";
    seen.add(id);
  }
  return "id-property";
}

function chooseArrayDelimiter(graph: WireGraph, listColumns: (n: "node" | "edge") => string[]) {
  const texts = new Set<string>();
  const nodeLists = listColumns("node");
  const edgeLists = listColumns("edge");
  for (const node of graph.nodes) {
    for (const label of node.attributes.labels) texts.add(label);
    for (const property of nodeLists) {
      for (const text of listItemTexts(node.attributes.properties[property])) texts.add(text);
    }
  }
  for (const edge of graph.edges) {
    for (const property of edgeLists) {
      for (const text of listItemTexts(edge.attributes.properties[property])) texts.add(text);
    }
  }
  const all = [...texts];
  return (
    DELIMITER_CANDIDATES.find((candidate) => all.every((text) => !text.includes(candidate))) ??
    "\u001F"
  );
}

function importCommand(delimiter: string): string {
  const option = delimiter === "\u001F" ? "U+001F" : `'${delimiter}'`;
  return (
    "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv" +
    ` --array-delimiter=${option} --multiline-fields=true neo4j`
  );
}

interface CsvPlan {
  nodeColumns: TypedColumn[];
  edgeColumns: TypedColumn[];
  nodeIdSource: NodeIdSource;
  arrayDelimiter: string;
}

function planCsv(graph: WireGraph): CsvPlan {
  const nodeIdSource = chooseNodeIdSource(graph.nodes);
  const nodeColumns = typedColumns(
    graph.nodes.map((node) => node.attributes.properties),
    nodeIdSource === "id-property" ? "id" : null,
  );
  const edgeColumns = typedColumns(
    graph.edges.map((edge) => edge.attributes.properties),
    null,
  );
  const lists = (columns: TypedColumn[]) =>
    columns.filter((column) => column.type.list).map((column) => column.property);
  const arrayDelimiter = chooseArrayDelimiter(graph, (kind) =>
    lists(kind === "node" ? nodeColumns : edgeColumns),
  );
  return { nodeColumns, edgeColumns, nodeIdSource, arrayDelimiter };
}

function* nodeLines(graph: WireGraph, plan: CsvPlan): Generator<string, void, undefined> {
  const idHeader = plan.nodeIdSource === "id-property" ? "id:ID" : ":ID";
  yield csvLine([idHeader, ":LABEL", ...plan.nodeColumns.map((column) => column.header)]);
  for (const node of graph.nodes) {
    const { labels, properties } = node.attributes;
    yield csvLine([
      plan.nodeIdSource === "id-property" ? String(properties.id) : node.key,
      labels.join(plan.arrayDelimiter),
      ...plan.nodeColumns.map((column) =>
        adminCellText(column.type, properties[column.property], plan.arrayDelimiter),
      ),
    ]);
  }
}

function* relationshipLines(graph: WireGraph, plan: CsvPlan): Generator<string, void, undefined> {
  const idOf = new Map<string, string>();
  for (const node of graph.nodes) {
    const id = node.attributes.properties.id;
    idOf.set(node.key, plan.nodeIdSource === "id-property" ? String(id) : node.key);
  }
  const headers = plan.edgeColumns.map((column) => column.header);
  yield csvLine([":START_ID", ":END_ID", ":TYPE", ...headers]);
  for (const edge of graph.edges) {
    const { type, properties } = edge.attributes;
    yield csvLine([
      idOf.get(edge.source) ?? edge.source,
      idOf.get(edge.target) ?? edge.target,
      type,
      ...plan.edgeColumns.map((column) =>
        adminCellText(column.type, properties[column.property], plan.arrayDelimiter),
      ),
    ]);
  }
}

function jsonProperties(columns: readonly TypedColumn[]): string[] {
  return columns.filter((column) => column.type.json).map((column) => column.property);
}

export interface CsvPairChunks extends Omit<CsvPair, "nodesCsv" | "relationshipsCsv"> {
  nodes: Generator<string, void, undefined>;
  relationships: Generator<string, void, undefined>;
}

/** The two files as line generators, for streaming large graphs. */
export function csvPairChunks(graph: WireGraph): CsvPairChunks {
  const plan = planCsv(graph);
  return {
    nodes: nodeLines(graph, plan),
    relationships: relationshipLines(graph, plan),
    nodeIdSource: plan.nodeIdSource,
    arrayDelimiter: plan.arrayDelimiter,
    importCommand: importCommand(plan.arrayDelimiter),
    jsonColumns: {
      nodes: jsonProperties(plan.nodeColumns),
      relationships: jsonProperties(plan.edgeColumns),
    },
  };
}

export function exportCsvPair(graph: WireGraph): CsvPair {
  const chunks = csvPairChunks(graph);
  return {
    nodesCsv: [...chunks.nodes].join(""),
    relationshipsCsv: [...chunks.relationships].join(""),
    nodeIdSource: chunks.nodeIdSource,
    arrayDelimiter: chunks.arrayDelimiter,
    importCommand: chunks.importCommand,
    jsonColumns: chunks.jsonColumns,
  };
}
