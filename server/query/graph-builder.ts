import type { Node, Relationship } from "neo4j-driver";
import type {
  Properties,
  SerializedEdge,
  SerializedNode,
  WireGraph,
} from "../../domain/wire/graph-wire-types";
import { toProperties, type GraphCollector } from "./neo4j-values";

/**
 * Gathers the nodes and relationships of a result into graphology's serialized form, each once.
 * With a capacity, it holds at most that many elements and remembers that more were offered.
 */
export class GraphBuilder implements GraphCollector {
  private readonly nodes = new Map<string, SerializedNode>();
  private readonly edges = new Map<string, SerializedEdge>();
  /** True once an element was left out because the builder was full. */
  overflowed = false;

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  private full(): boolean {
    if (this.size < this.capacity) return false;
    this.overflowed = true;
    return true;
  }

  /** Adds the node (once) and answers its converted properties; null when the builder is full. */
  addNode(node: Node): Properties | null {
    const known = this.nodes.get(node.elementId);
    if (known) return known.attributes.properties;
    if (this.full()) return null;
    const properties = toProperties(node.properties);
    this.nodes.set(node.elementId, {
      key: node.elementId,
      attributes: { labels: [...node.labels], properties },
    });
    return properties;
  }

  /** Adds the relationship (once) and answers its converted properties; null when full. */
  addRelationship(relationship: Relationship): Properties | null {
    const known = this.edges.get(relationship.elementId);
    if (known) return known.attributes.properties;
    if (this.full()) return null;
    const properties = toProperties(relationship.properties);
    this.edges.set(relationship.elementId, {
      key: relationship.elementId,
      source: relationship.startNodeElementId,
      target: relationship.endNodeElementId,
      attributes: { type: relationship.type, properties },
    });
    return properties;
  }

  get size(): number {
    return this.nodes.size + this.edges.size;
  }

  /** Element ids of relationship ends that the result did not itself return. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const edge of this.edges.values()) {
      if (!this.nodes.has(edge.source)) missing.add(edge.source);
      if (!this.nodes.has(edge.target)) missing.add(edge.target);
    }
    return [...missing];
  }

  /** Relationships whose ends are still unknown are left out, so the graph always imports. */
  toWireGraph(): WireGraph {
    const edges = [...this.edges.values()].filter(
      (edge) => this.nodes.has(edge.source) && this.nodes.has(edge.target),
    );
    return { nodes: [...this.nodes.values()], edges };
  }
}
