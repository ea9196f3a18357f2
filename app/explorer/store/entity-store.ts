/**
 * The data graph: every entity and relationship the page has fetched, whether on the canvas
 * or not (undo, redo and collapse bring them back without asking the server again), and the
 * sources their citations name. Keys are entity keys (domain/wire/entity-keys.ts): an entity's
 * `id`, else a console node's element id, prefixed. Relationships keep their element id.
 */
import type { SourceIndex, SourceRecord } from "../../../domain/wire/explorer-api-types";
import { withEntityKeys } from "../../../domain/wire/entity-keys";
import type { Properties, WireGraph } from "../../../domain/wire/graph-wire-types";

export interface StoredNode {
  key: string;
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

export class EntityStore {
  private readonly nodes = new Map<string, StoredNode>();
  private readonly edges = new Map<string, StoredEdge>();
  private readonly adjacency = new Map<string, Set<string>>();
  private readonly sources = new Map<string, SourceRecord>();

  /** Adds (or refreshes) what a response holds; returns the client keys of its nodes, in order. */
  merge(
    wire: WireGraph,
    sources: SourceIndex = {},
  ): { keys: string[]; keyOf: Map<string, string> } {
    const { graph, keyOf } = withEntityKeys(wire);
    for (const node of graph.nodes) {
      const { labels, properties } = node.attributes;
      this.nodes.set(node.key, { key: node.key, labels, properties });
    }
    for (const wireEdge of graph.edges) {
      const { type, properties } = wireEdge.attributes;
      const edge = {
        key: wireEdge.key,
        source: wireEdge.source,
        target: wireEdge.target,
        type,
        properties,
      };
      this.edges.set(edge.key, edge);
      for (const end of [edge.source, edge.target]) {
        const list = this.adjacency.get(end);
        if (list) list.add(edge.key);
        else this.adjacency.set(end, new Set([edge.key]));
      }
    }
    for (const [id, record] of Object.entries(sources)) this.sources.set(id, record);
    return { keys: graph.nodes.map((node) => node.key), keyOf };
  }

  node(key: string): StoredNode | undefined {
    return this.nodes.get(key);
  }

  edge(key: string): StoredEdge | undefined {
    return this.edges.get(key);
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
