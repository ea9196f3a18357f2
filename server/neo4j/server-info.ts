import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";

export interface ServerInfo {
  version: string;
  edition: string;
  database: string;
}

/**
 * Asks Neo4j who it is; used by /api/health. One attempt without the driver's retries, so a
 * database that is down is reported at once rather than after the 30 s retry window.
 */
export async function readServerInfo(
  driver: Driver,
  database: string | undefined,
): Promise<ServerInfo> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher("get-server-info"), {}, { timeout: 5_000 });
    const record = result.records[0];
    return {
      version: String(record?.get("version") ?? "unknown"),
      edition: String(record?.get("edition") ?? "unknown"),
      database: result.summary.database.name ?? database ?? "neo4j",
    };
  } finally {
    await session.close();
  }
}
