/** Several reads' graphs and sources as one answer: nodes and edges by key, each once. */
import type { SourceIndex } from "../../domain/wire/explorer-api-types";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

export function mergeGraphs(graphs: readonly WireGraph[]): WireGraph {
  const nodes = new Map<string, WireGraph["nodes"][number]>();
  const edges = new Map<string, WireGraph["edges"][number]>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
    for (const edge of graph.edges) if (!edges.has(edge.key)) edges.set(edge.key, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function mergeSources(indexes: readonly SourceIndex[]): SourceIndex {
  return Object.assign({}, ...indexes) as SourceIndex;
}
