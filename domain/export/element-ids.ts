import type { SerializedEdge, SerializedNode, WireGraph } from "../wire/graph-wire-types";

/**
 * The ids a file format writes for nodes and relationships: their own `id` property (entity,
 * source and relationship ids such as `aisino`, which stay the same from one database to the
 * next), or the wire key (a Neo4j element id, which does not) for an element without an id of
 * its own or whose id another element of the same kind also has.
 */
export interface ExportElementIds {
  node(key: string): string;
  edge(key: string): string;
}

function ownIds(elements: readonly (SerializedNode | SerializedEdge)[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const element of elements) {
    const id = element.attributes.properties.id;
    if (typeof id === "string" && id !== "") count.set(id, (count.get(id) ?? 0) + 1);
  }
  const keys = new Set(elements.map((element) => element.key));
  const byKey = new Map<string, string>();
  for (const element of elements) {
    const id = element.attributes.properties.id;
    if (typeof id !== "string" || count.get(id) !== 1) continue;
    // An id equal to another element's key would make two elements one.
    if (id !== element.key && keys.has(id)) continue;
    byKey.set(element.key, id);
  }
  return byKey;
}

export function exportElementIds(graph: WireGraph): ExportElementIds {
  const nodeIds = ownIds(graph.nodes);
  const edgeIds = ownIds(graph.edges);
  return {
    node: (key) => nodeIds.get(key) ?? key,
    edge: (key) => edgeIds.get(key) ?? key,
  };
}
