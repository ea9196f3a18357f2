import neo4j, { type Driver } from "neo4j-driver";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import { GraphBuilder } from "./graph-builder";
import { toCellValue } from "./neo4j-values";
import { toApiError } from "./query-errors";

/**
 * Runs one of the app's own read queries (from cypher/) and gathers every node, relationship and
 * path it returns into a wire graph. Driver failures come back as API errors (Neo4j down is a 503).
 *
 * An auto-commit read in a READ session, not `executeQuery`: the page asks again when the user
 * does, so a Neo4j that is down is reported at once instead of after the driver's 30 s of retries.
 */
export async function readGraph(
  driver: Driver,
  database: string | undefined,
  name: QueryName,
  params: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<{ graph: WireGraph; records: Record<string, unknown>[] }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher(name), params, { timeout: timeoutMs });
    const builder = new GraphBuilder();
    const records = result.records.map((record) => {
      const row: Record<string, unknown> = {};
      for (const key of record.keys) row[String(key)] = toCellValue(record.get(key), builder);
      return row;
    });
    return { graph: builder.toWireGraph(), records };
  } catch (error) {
    throw toApiError(error, timeoutMs);
  } finally {
    await session.close();
  }
}
