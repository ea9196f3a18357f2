import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { QUERY_NAMES, type QueryName } from "./query-names";

/** Thrown when a query file is missing or empty: a packaging error, not a user error. */
export class CypherRegistryError extends Error {
  override readonly name = "CypherRegistryError";
}

const directory = fileURLToPath(new URL(".", import.meta.url));
const cache = new Map<QueryName, string>();

export function queryPath(name: QueryName): string {
  return `${directory}${name}.cypher`;
}

/** The text of one query (header comments kept: Neo4j ignores them). */
export function cypher(name: QueryName): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!(QUERY_NAMES as readonly string[]).includes(name)) {
    throw new CypherRegistryError(`Unknown query "${name}": add it to cypher/query-names.ts.`);
  }
  let text: string;
  try {
    text = readFileSync(queryPath(name), "utf8");
  } catch {
    throw new CypherRegistryError(`Query file cypher/${name}.cypher is missing.`);
  }
  if (splitStatements(text).length === 0) {
    throw new CypherRegistryError(`Query file cypher/${name}.cypher holds no statement.`);
  }
  cache.set(name, text);
  return text;
}

/**
 * The statements of a file that holds several (such as schema.cypher), split on a `;` that ends
 * a line. Comment-only chunks are dropped.
 */
export function cypherStatements(name: QueryName): string[] {
  return splitStatements(cypher(name));
}

export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => stripComments(chunk).trim().length > 0);
}

function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
}
