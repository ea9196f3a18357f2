import { HELD_SPAN_PROPERTIES } from "../time/held-span";
import type { Properties, SerializedEdge, SerializedNode, WireGraph } from "./graph-wire-types";

/**
 * Properties Ownergraph keeps for its own use, not facts about an entity: `searchText` (every
 * name and identifier on one line each, for the full-text index) and `datasetVersion` (which
 * version of its dataset wrote it, so a reload can remove what the new version dropped),
 * `identityKeys` (an entity's strong identifiers as join keys, domain/model/identifier-keys.ts),
 * and on relationships the four days of their held span (`heldFrom`, `heldSurelyFrom`,
 * `heldSurelyUntil`, `heldUntil`: computed from their dates and sources, for "as of" queries).
 * They stay out of every export
 * format and out of the lists of facts the app shows. The one list; add a name here only.
 */
export const INTERNAL_PROPERTIES: readonly string[] = [
  "searchText",
  "datasetVersion",
  "identityKeys",
  ...HELD_SPAN_PROPERTIES,
];

const INTERNAL = new Set(INTERNAL_PROPERTIES);

export function isInternalProperty(name: string): boolean {
  return INTERNAL.has(name);
}

function withoutInternal(properties: Properties): Properties {
  let kept: Properties | null = null;
  for (const name of INTERNAL_PROPERTIES) {
    if (!(name in properties)) continue;
    kept ??= { ...properties };
    delete kept[name];
  }
  return kept ?? properties;
}

/** The graph without internal properties; elements that hold none are shared, not copied. */
export function withoutInternalProperties(graph: WireGraph): WireGraph {
  const nodes = graph.nodes.map((node): SerializedNode => {
    const properties = withoutInternal(node.attributes.properties);
    return properties === node.attributes.properties
      ? node
      : { ...node, attributes: { ...node.attributes, properties } };
  });
  const edges = graph.edges.map((edge): SerializedEdge => {
    const properties = withoutInternal(edge.attributes.properties);
    return properties === edge.attributes.properties
      ? edge
      : { ...edge, attributes: { ...edge.attributes, properties } };
  });
  return { nodes, edges };
}
