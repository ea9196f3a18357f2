/**
 * The one key space the explorer speaks: an entity is keyed by its `id` property (stable across
 * database reloads, so it can go in a URL); a node without one (whatever a console query
 * returns) keeps its element id, marked as such. Relationships keep their element ids.
 */
import type { Properties, WireGraph } from "./graph-wire-types";

/** The entity key of a node given by element id and properties. */
export function entityKey(elementId: string, properties: Properties): string {
  const id = properties["id"];
  return typeof id === "string" && id !== "" ? id : `element:${elementId}`;
}

/**
 * A wire graph with entity keys, and the map from the keys it came with. Relationships whose
 * ends are missing are left out. Applying it twice changes nothing.
 */
export function withEntityKeys(wire: WireGraph): { graph: WireGraph; keyOf: Map<string, string> } {
  const keyOf = new Map<string, string>();
  const nodes = wire.nodes.map((node) => {
    const key = entityKey(node.key, node.attributes.properties);
    keyOf.set(node.key, key);
    return key === node.key ? node : { key, attributes: node.attributes };
  });
  const edges = wire.edges.flatMap((edge) => {
    const source = keyOf.get(edge.source);
    const target = keyOf.get(edge.target);
    if (source === undefined || target === undefined) return [];
    return source === edge.source && target === edge.target
      ? [edge]
      : [{ key: edge.key, source, target, attributes: edge.attributes }];
  });
  return { graph: { nodes, edges }, keyOf };
}
