import neo4j, { type Driver } from "neo4j-driver";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import { GraphBuilder } from "./graph-builder";
import { toCellValue } from "./neo4j-values";

/**
 * Runs one of the app's own read queries (from cypher/) and gathers every node, relationship and
 * path it returns into a wire graph. Used by the explorer's endpoints.
 */
export async function readGraph(
  driver: Driver,
  database: string | undefined,
  name: QueryName,
  params: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[] }> {
  const builder = new GraphBuilder();
  const { records } = await driver.executeQuery(cypher(name), params, {
    database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: timeoutMs },
  });
  const rows = records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const key of record.keys) row[String(key)] = toCellValue(record.get(key), builder);
    return row;
  });
  return { graph: builder.toWireGraph(), records: rows };
}
