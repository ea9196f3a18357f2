/**
 * How the explorer's endpoints read: one of the app's own queries in a read session, its nodes,
 * relationships and paths gathered into a wire graph, driver failures turned into API errors
 * (Neo4j down is a 503 the page can show), and the sources behind every citation in the result
 * looked up in one more query.
 *
 * An auto-commit read, not `executeQuery`: the page asks again when the user does, so a Neo4j
 * that is down is reported at once instead of after the driver's 30 seconds of retries.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import type { SourceIndex } from "../../domain/graph/explorer-api-types";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { GraphBuilder } from "../query/graph-builder";
import { toCellValue } from "../query/neo4j-values";
import { toApiError } from "../query/query-errors";
import { sourceRecord } from "./entity-summary";

export interface ExplorerDatabase {
  driver: Driver;
  database: string | undefined;
}

export const EXPLORER_TIMEOUT_MS = 15_000;

export async function readExplorerGraph(
  db: ExplorerDatabase,
  name: QueryName,
  params: Record<string, unknown>,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[] }> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(cypher(name), params, { timeout: EXPLORER_TIMEOUT_MS });
    const builder = new GraphBuilder();
    const records = result.records.map((record) => {
      const row: Record<string, unknown> = {};
      for (const key of record.keys) row[String(key)] = toCellValue(record.get(key), builder);
      return row;
    });
    return { graph: builder.toWireGraph(), records };
  } catch (error) {
    throw toApiError(error, EXPLORER_TIMEOUT_MS);
  } finally {
    await session.close();
  }
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
  const index: SourceIndex = {};
  for (const node of graph.nodes) {
    const record = sourceRecord(node.attributes.properties);
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

/** A number from a result cell (counts come back as numbers, see neo4j-values.ts). */
export function countOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
