import type { SerializedEdge, SerializedNode, WireGraph } from "../wire/graph-wire-types";

/**
 * graphology's serialized form: the wire graph as it is, plus the `attributes` and `options`
 * keys that `Graph.from(data)` and `graph.import(data)` expect. Relationships are directed, may
 * run in parallel and may loop, so the options ask for a directed multigraph with self-loops.
 * Tagged values (big integers, dates, points) stay tagged objects.
 */

export interface SerializedGraphOptions {
  type: "directed";
  multi: true;
  allowSelfLoops: true;
}

export interface SerializedOwnergraph {
  attributes: Record<string, string>;
  options: SerializedGraphOptions;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export interface JsonExportOptions {
  /** Graph-level attributes, such as a title or the query the graph came from. */
  attributes?: Record<string, string>;
  /** Indent with two spaces. Default false. */
  pretty?: boolean;
}

const GRAPH_OPTIONS: SerializedGraphOptions = {
  type: "directed",
  multi: true,
  allowSelfLoops: true,
};

export function toSerializedGraph(
  graph: WireGraph,
  attributes: Record<string, string> = {},
): SerializedOwnergraph {
  return { attributes, options: GRAPH_OPTIONS, nodes: graph.nodes, edges: graph.edges };
}

/** The JSON text in pieces, one node or edge at a time, for streaming large graphs. */
export function* jsonChunks(
  graph: WireGraph,
  options: JsonExportOptions = {},
): Generator<string, void, undefined> {
  const indent = options.pretty ? 2 : undefined;
  const newline = options.pretty ? "\n" : "";
  const item = options.pretty ? "\n    " : "";
  const attributes = JSON.stringify(options.attributes ?? {}, null, indent);
  const graphOptions = JSON.stringify(GRAPH_OPTIONS, null, indent);
  const pad = options.pretty ? "  " : "";
  const separator = options.pretty ? ": " : ":";
  yield `{${newline}${pad}"attributes"${separator}${indentLines(attributes, pad)},`;
  yield `${newline}${pad}"options"${separator}${indentLines(graphOptions, pad)},`;
  yield `${newline}${pad}"nodes"${separator}[`;
  let first = true;
  for (const node of graph.nodes) {
    yield `${first ? "" : ","}${item}${JSON.stringify(node)}`;
    first = false;
  }
  yield `${first ? "" : `${newline}${pad}`}],${newline}${pad}"edges"${separator}[`;
  first = true;
  for (const edge of graph.edges) {
    yield `${first ? "" : ","}${item}${JSON.stringify(edge)}`;
    first = false;
  }
  yield `${first ? "" : `${newline}${pad}`}]${newline}}${newline}`;
}

function indentLines(text: string, pad: string): string {
  return pad === "" ? text : text.replaceAll("\n", `\n${pad}`);
}

export function exportGraphologyJson(graph: WireGraph, options: JsonExportOptions = {}): string {
  return [...jsonChunks(graph, options)].join("");
}
