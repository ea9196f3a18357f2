/**
 * How the explorer's endpoints read: one of the app's own queries through readGraph (one-shot,
 * errors as API errors), with the explorer's timeout, and the sources behind every citation in
 * the result looked up in one more query.
 */
import type { Driver } from "neo4j-driver";
import type { QueryName } from "../../cypher/query-names";
import type { SourceIndex } from "../../domain/wire/explorer-api-types";
import { numberValue, type Properties, type WireGraph } from "../../domain/wire/graph-wire-types";
import { readGraph } from "../query/read-graph";
import { sourceRecord } from "./entity-summary";

export interface ExplorerDatabase {
  driver: Driver;
  database: string | undefined;
}

export const EXPLORER_TIMEOUT_MS = 15_000;

export function readExplorerGraph(
  db: ExplorerDatabase,
  name: QueryName,
  params: Record<string, unknown>,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[] }> {
  return readGraph(db.driver, db.database, name, params, EXPLORER_TIMEOUT_MS);
}

/** The source ids cited by the relationships of a graph (`sourceIds` lists). */
export function citedSourceIds(graph: WireGraph): string[] {
  const ids = new Set<string>();
  for (const edge of graph.edges) {
    const listed = edge.attributes.properties["sourceIds"];
    if (!Array.isArray(listed)) continue;
    for (const id of listed) if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}

/** Looks up the given sources; ids that match no Source node are simply absent. */
export async function readSources(db: ExplorerDatabase, ids: string[]): Promise<SourceIndex> {
  if (ids.length === 0) return {};
  const { graph } = await readExplorerGraph(db, "get-sources-by-id", { ids });
  return indexSources(graph.nodes.map((node) => node.attributes.properties));
}

/** Source records by id, from the properties of Source nodes; anything else is skipped. */
function indexSources(listed: readonly unknown[]): SourceIndex {
  const index: SourceIndex = {};
  for (const properties of listed) {
    if (typeof properties !== "object" || properties === null || Array.isArray(properties)) {
      continue;
    }
    const record = sourceRecord(properties as Properties);
    if (record) index[record.id] = record;
  }
  return index;
}

/** A graph read and the sources its relationships cite. */
export async function readGraphWithSources(
  db: ExplorerDatabase,
  name: QueryName,
  params: Record<string, unknown>,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[]; sources: SourceIndex }> {
  const read = await readExplorerGraph(db, name, params);
  const sources = await readSources(db, citedSourceIds(read.graph));
  return { ...read, sources };
}

/**
 * A graph read whose query also answers the sources its links cite, as lists of property maps
 * in a `sources` column (no separate lookup: one round trip fewer).
 */
export async function readGraphCitingSources(
  db: ExplorerDatabase,
  name: QueryName,
  params: Record<string, unknown>,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[]; sources: SourceIndex }> {
  const read = await readExplorerGraph(db, name, params);
  const sources = indexSources(
    read.records.flatMap((row) => (Array.isArray(row["sources"]) ? row["sources"] : [])),
  );
  return { ...read, sources };
}

/** A count from a result cell (an Integer on the wire, see neo4j-values.ts); 0 when absent. */
export function countOf(value: unknown): number {
  return numberValue(value) ?? 0;
}
