import neo4j, { type Driver } from "neo4j-driver";
import type { Properties, PropertyValue, WireGraph } from "../../domain/wire/graph-wire-types";
import { toProperties } from "../../server/query/neo4j-values";

/**
 * Graphs as comparable sets: each node by its `id`, labels sorted, properties; each
 * relationship by its ends' ids, type and properties. Keys (element ids) and the export's own
 * `ownergraphKey` differ between databases and are left out.
 */

export interface CanonicalGraph {
  nodes: Map<string, { labels: string[]; properties: Properties }>;
  relationships: Map<string, { type: string; from: string; to: string; properties: Properties }>;
}

function idOf(properties: Properties, fallback: string): string {
  const id = properties.id;
  return typeof id === "string" ? id : fallback;
}

function clean(properties: Properties): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (name !== "ownergraphKey") kept[name] = value;
  }
  return kept;
}

export function canonicalOfWire(graph: WireGraph): CanonicalGraph {
  const ids = new Map(
    graph.nodes.map((node) => [node.key, idOf(node.attributes.properties, node.key)]),
  );
  const nodes: CanonicalGraph["nodes"] = new Map();
  for (const node of graph.nodes) {
    nodes.set(ids.get(node.key) ?? node.key, {
      labels: [...node.attributes.labels].sort(),
      properties: clean(node.attributes.properties),
    });
  }
  const relationships: CanonicalGraph["relationships"] = new Map();
  for (const edge of graph.edges) {
    const from = ids.get(edge.source) ?? edge.source;
    const to = ids.get(edge.target) ?? edge.target;
    const key = idOf(edge.attributes.properties, `${from}-${edge.attributes.type}->${to}`);
    relationships.set(key, {
      type: edge.attributes.type,
      from,
      to,
      properties: clean(edge.attributes.properties),
    });
  }
  return { nodes, relationships };
}

/** Everything in a database, read as the server reads values. */
export async function canonicalOfDatabase(driver: Driver): Promise<CanonicalGraph> {
  const read = async (query: string) =>
    (await driver.executeQuery(query, {}, { routing: neo4j.routing.READ })).records;
  const nodes: CanonicalGraph["nodes"] = new Map();
  for (const record of await read(
    "MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS p",
  )) {
    const properties = toProperties(record.get("p") as Record<string, unknown>);
    nodes.set(idOf(properties, String(record.get("key"))), {
      labels: [...(record.get("labels") as string[])].sort(),
      properties: clean(properties),
    });
  }
  const relationships: CanonicalGraph["relationships"] = new Map();
  for (const record of await read(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS p",
  )) {
    const properties = toProperties(record.get("p") as Record<string, unknown>);
    const from = String(record.get("from"));
    const to = String(record.get("to"));
    const type = String(record.get("type"));
    relationships.set(idOf(properties, `${from}-${type}->${to}`), {
      type,
      from,
      to,
      properties: clean(properties),
    });
  }
  return { nodes, relationships };
}

export type ValueRule = (expected: PropertyValue, actual: PropertyValue | undefined) => boolean;

/**
 * The differences between two canonical graphs, as readable lines (empty when equal). `missing`
 * says which expected values a format may leave out (null, or an empty list in CSV), and
 * `equal` how a stored value may differ in form (JSON text for a CSV mixed column).
 */
export function graphDifferences(
  expected: CanonicalGraph,
  actual: CanonicalGraph,
  options: { mayBeAbsent: (value: PropertyValue) => boolean; equal: ValueRule },
): string[] {
  const differences: string[] = [];
  const compare = (what: string, want: Properties, got: Properties) => {
    for (const [name, value] of Object.entries(want)) {
      if (!(name in got) && options.mayBeAbsent(value)) continue;
      if (!options.equal(value, got[name])) {
        differences.push(
          `${what}.${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[name])}`,
        );
      }
    }
    for (const name of Object.keys(got)) {
      if (!(name in want))
        differences.push(`${what}.${name}: unexpected ${JSON.stringify(got[name])}`);
    }
  };
  if (expected.nodes.size !== actual.nodes.size) {
    differences.push(`nodes: expected ${expected.nodes.size}, got ${actual.nodes.size}`);
  }
  for (const [id, node] of expected.nodes) {
    const other = actual.nodes.get(id);
    if (!other) differences.push(`node ${id} missing`);
    else {
      if (JSON.stringify(node.labels) !== JSON.stringify(other.labels)) {
        differences.push(`node ${id} labels ${other.labels.join(",")}`);
      }
      compare(`node ${id}`, node.properties, other.properties);
    }
  }
  if (expected.relationships.size !== actual.relationships.size) {
    differences.push(
      `relationships: expected ${expected.relationships.size}, got ${actual.relationships.size}`,
    );
  }
  for (const [id, relationship] of expected.relationships) {
    const other = actual.relationships.get(id);
    if (!other) differences.push(`relationship ${id} missing`);
    else {
      const shape = `${relationship.from}-${relationship.type}->${relationship.to}`;
      const got = `${other.from}-${other.type}->${other.to}`;
      if (shape !== got) differences.push(`relationship ${id}: ${got}, expected ${shape}`);
      compare(`relationship ${id}`, relationship.properties, other.properties);
    }
  }
  return differences;
}
