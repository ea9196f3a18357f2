import type {
  Properties,
  PropertyValue,
  SerializedNode,
  WireGraph,
} from "../wire/graph-wire-types";
import { cypherName, cypherValue, type CypherLiteralOptions } from "./cypher-literal";

/**
 * A Cypher script that rebuilds the graph in another Neo4j and can run any number of times.
 *
 * Nodes are merged on one label and one key: `Entity`, else `Source`, else their first label,
 * with their `id` property when it is a string or whole number not shared with another node of
 * that label; otherwise on `ownergraphKey` (an extra property holding the wire key, the element
 * id of the database the graph came from). The other labels and all properties are then SET.
 * Relationships are merged between the matched ends on their type and `id` (or
 * `ownergraphKey`), then their properties SET. Unique constraints on `id` (`IF NOT EXISTS`) come
 * first for every label whose nodes all merge on `id`; none is made for `ownergraphKey`.
 *
 * Values: floats are written with a decimal point (`24.0`), integers without (they come
 * tagged, see graph-wire-types.ts); other tagged values become `date(...)`, `point({...})` and
 * so on; byte arrays become base64 text.
 */

export interface CypherScriptOptions extends CypherLiteralOptions {
  /** Emit `CREATE CONSTRAINT ... IF NOT EXISTS` first. Default true. */
  includeConstraints?: boolean;
}

export const FALLBACK_KEY_PROPERTY = "ownergraphKey";
const PREFERRED_MERGE_LABELS = ["Entity", "Source"];

interface MergeKey {
  label: string | null;
  property: string;
  /** Label and key map as written in a pattern, e.g. ":`Entity` {`id`: 'E-1'}". */
  pattern: string;
}

type LiteralOf = (property: string, value: PropertyValue) => string;
type NameOf = (name: string) => string;

function isKeyValue(value: PropertyValue | undefined): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isSafeInteger(value));
}

function mergeLabel(labels: readonly string[]): string | null {
  return PREFERRED_MERGE_LABELS.find((label) => labels.includes(label)) ?? labels[0] ?? null;
}

/** Names repeat on every element: quote each once per export. */
function cachedNames(): NameOf {
  const cache = new Map<string, string>();
  return (name) => {
    let quoted = cache.get(name);
    if (quoted === undefined) {
      quoted = cypherName(name);
      cache.set(name, quoted);
    }
    return quoted;
  };
}

function idIdentity(scope: string | null, id: PropertyValue | undefined): string | null {
  return isKeyValue(id) ? `${scope ?? ""}\u0000${typeof id}\u0000${id}` : null;
}

function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function planNodeKeys(
  nodes: readonly SerializedNode[],
  literal: LiteralOf,
  nameOf: NameOf,
): Map<string, MergeKey> {
  const identityOf = (node: SerializedNode) =>
    idIdentity(mergeLabel(node.attributes.labels), node.attributes.properties.id);
  const counts = countBy(nodes, identityOf);
  const keys = new Map<string, MergeKey>();
  for (const node of nodes) {
    const label = mergeLabel(node.attributes.labels);
    const identity = identityOf(node);
    const byId = identity !== null && counts.get(identity) === 1;
    const property = byId ? "id" : FALLBACK_KEY_PROPERTY;
    const value = byId ? (node.attributes.properties.id ?? null) : node.key;
    const labelText = label === null ? "" : `:${nameOf(label)}`;
    const pattern = `${labelText} {${nameOf(property)}: ${literal(property, value)}}`;
    keys.set(node.key, { label, property, pattern });
  }
  return keys;
}

function propertyMap(
  properties: Properties,
  skip: string,
  literal: LiteralOf,
  nameOf: NameOf,
): string | null {
  const entries: string[] = [];
  for (const name in properties) {
    const value = properties[name];
    if (name !== skip && value !== undefined)
      entries.push(`${nameOf(name)}: ${literal(name, value)}`);
  }
  return entries.length === 0 ? null : `{${entries.join(", ")}}`;
}

function literalOf(options: CypherScriptOptions): LiteralOf {
  return (_property, value) => cypherValue(value, options);
}

function constraintStatements(keys: Iterable<MergeKey>): string[] {
  const propertiesByLabel = new Map<string, Set<string>>();
  for (const { label, property } of keys) {
    if (label === null) continue;
    const properties = propertiesByLabel.get(label) ?? new Set<string>();
    properties.add(property);
    propertiesByLabel.set(label, properties);
  }
  return [...propertiesByLabel]
    .filter(([, properties]) => properties.size === 1 && properties.has("id"))
    .map(
      ([label]) =>
        `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.\`id\` IS UNIQUE`,
    );
}

/** The script as statements without trailing semicolons, ready to run one by one. */
export function* cypherStatements(
  graph: WireGraph,
  options: CypherScriptOptions = {},
): Generator<string, void, undefined> {
  const nameOf = cachedNames();
  const nodeLiteral = literalOf(options);
  const edgeLiteral = nodeLiteral;
  const nodeKeys = planNodeKeys(graph.nodes, nodeLiteral, nameOf);
  if (options.includeConstraints ?? true) yield* constraintStatements(nodeKeys.values());

  for (const node of graph.nodes) {
    const key = nodeKeys.get(node.key);
    if (key === undefined) continue;
    const skip = key.property === FALLBACK_KEY_PROPERTY ? "" : key.property;
    const sets = node.attributes.labels
      .filter((label) => label !== key.label)
      .map((label) => `n:${nameOf(label)}`);
    const map = propertyMap(node.attributes.properties, skip, nodeLiteral, nameOf);
    if (map !== null) sets.push(`n += ${map}`);
    const set = sets.length === 0 ? "" : `\nSET ${sets.join(", ")}`;
    yield `MERGE (n${key.pattern})${set}`;
  }

  const edgeIdCounts = countBy(graph.edges, (edge) =>
    idIdentity(null, edge.attributes.properties.id),
  );
  for (const edge of graph.edges) {
    const start = nodeKeys.get(edge.source);
    const end = nodeKeys.get(edge.target);
    if (start === undefined || end === undefined) continue;
    const { type, properties } = edge.attributes;
    const byId = edgeIdCounts.get(idIdentity(null, properties.id) ?? "") === 1;
    const keyProperty = byId ? "id" : FALLBACK_KEY_PROPERTY;
    const keyValue = edgeLiteral(keyProperty, byId ? (properties.id ?? null) : edge.key);
    const map = propertyMap(properties, byId ? "id" : "", edgeLiteral, nameOf);
    yield (
      `MATCH (a${start.pattern})\nMATCH (b${end.pattern})\n` +
      `MERGE (a)-[r:${nameOf(type)} {${nameOf(keyProperty)}: ${keyValue}}]->(b)` +
      (map === null ? "" : `\nSET r += ${map}`)
    );
  }
}

export function cypherScriptStatements(
  graph: WireGraph,
  options: CypherScriptOptions = {},
): string[] {
  return [...cypherStatements(graph, options)];
}

/** The script as text: a header comment, then each statement ended by `;` and a blank line. */
export function* cypherScriptChunks(
  graph: WireGraph,
  options: CypherScriptOptions = {},
): Generator<string, void, undefined> {
  yield (
    `// Ownergraph export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships.\n` +
    "// Rerunnable: nodes and relationships are MERGEd on stable keys, then their properties SET.\n\n"
  );
  for (const statement of cypherStatements(graph, options)) yield `${statement};\n\n`;
}

export function exportCypherScript(graph: WireGraph, options: CypherScriptOptions = {}): string {
  return [...cypherScriptChunks(graph, options)].join("");
}
