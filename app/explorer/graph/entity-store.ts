/**
 * The data graph: every entity and relationship the page has fetched, whether on the canvas
 * or not (undo, redo and collapse bring them back without asking the server again), and the
 * sources their citations name. On the client, an entity's key is its `id` property (stable
 * across database reloads, so it can go in the URL); a node without one (a console result)
 * keeps its element id, prefixed. Relationships keep their element id.
 */
import type { SourceIndex, SourceRecord } from "../../../domain/graph/explorer-api-types";
import type { Properties, WireGraph } from "../../../domain/graph/graph-wire-types";

export interface StoredNode {
  key: string;
  elementId: string;
  labels: string[];
  properties: Properties;
}

export interface StoredEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Properties;
}

/** The client key of a wire node: its entity id, else its element id marked as such. */
export function clientKey(elementId: string, properties: Properties): string {
  const id = properties["id"];
  return typeof id === "string" && id !== "" ? id : `element:${elementId}`;
}

/** A wire graph with client keys; relationships whose ends are missing are left out. */
export function normaliseWireGraph(wire: WireGraph): {
  nodes: StoredNode[];
  edges: StoredEdge[];
  keyOf: Map<string, string>;
} {
  const keyOf = new Map<string, string>();
  const nodes = wire.nodes.map((node) => {
    const key = clientKey(node.key, node.attributes.properties);
    keyOf.set(node.key, key);
    return {
      key,
      elementId: node.key,
      labels: node.attributes.labels,
      properties: node.attributes.properties,
    };
  });
  const edges = wire.edges.flatMap((edge) => {
    const source = keyOf.get(edge.source);
    const target = keyOf.get(edge.target);
    if (source === undefined || target === undefined) return [];
    return [
      {
        key: edge.key,
        source,
        target,
        type: edge.attributes.type,
        properties: edge.attributes.properties,
      },
    ];
  });
  return { nodes, edges, keyOf };
}

export class EntityStore {
  private readonly nodes = new Map<string, StoredNode>();
  private readonly edges = new Map<string, StoredEdge>();
  private readonly adjacency = new Map<string, Set<string>>();
  private readonly sources = new Map<string, SourceRecord>();
  private readonly keysByElementId = new Map<string, string>();

  /** Adds (or refreshes) what a response holds; returns the client keys of its nodes, in order. */
  merge(
    wire: WireGraph,
    sources: SourceIndex = {},
  ): { keys: string[]; keyOf: Map<string, string> } {
    const { nodes, edges, keyOf } = normaliseWireGraph(wire);
    for (const node of nodes) {
      this.nodes.set(node.key, node);
      this.keysByElementId.set(node.elementId, node.key);
    }
    for (const edge of edges) {
      this.edges.set(edge.key, edge);
      for (const end of [edge.source, edge.target]) {
        const list = this.adjacency.get(end);
        if (list) list.add(edge.key);
        else this.adjacency.set(end, new Set([edge.key]));
      }
    }
    for (const [id, record] of Object.entries(sources)) this.sources.set(id, record);
    return { keys: nodes.map((node) => node.key), keyOf };
  }

  node(key: string): StoredNode | undefined {
    return this.nodes.get(key);
  }

  edge(key: string): StoredEdge | undefined {
    return this.edges.get(key);
  }

  /** The client key of a node the server named by element id. */
  keyOfElement(elementId: string): string | undefined {
    return this.keysByElementId.get(elementId);
  }

  source(id: string): SourceRecord | undefined {
    return this.sources.get(id);
  }

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  /** Relationships of one entity that the page knows of. */
  edgesOf(key: string): StoredEdge[] {
    return [...(this.adjacency.get(key) ?? [])].flatMap((edgeKey) => this.edges.get(edgeKey) ?? []);
  }

  /** Relationships with both ends among the given entities. */
  edgesAmong(keys: ReadonlySet<string>): StoredEdge[] {
    const found = new Map<string, StoredEdge>();
    for (const key of keys) {
      for (const edge of this.edgesOf(key)) {
        if (keys.has(edge.source) && keys.has(edge.target)) found.set(edge.key, edge);
      }
    }
    return [...found.values()];
  }

  /** The given entities and the relationships among them, in the wire format (client keys). */
  toWireGraph(keys: Iterable<string>): WireGraph {
    const set = new Set([...keys].filter((key) => this.nodes.has(key)));
    return {
      nodes: [...set].map((key) => {
        const node = this.nodes.get(key) as StoredNode;
        return { key, attributes: { labels: node.labels, properties: node.properties } };
      }),
      edges: this.edgesAmong(set).map((edge) => ({
        key: edge.key,
        source: edge.source,
        target: edge.target,
        attributes: { type: edge.type, properties: edge.properties },
      })),
    };
  }
}
