import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";

export interface ServerInfo {
  version: string;
  edition: string;
  database: string;
}

/** Asks Neo4j who it is; used by /api/health. */
export async function readServerInfo(
  driver: Driver,
  database: string | undefined,
): Promise<ServerInfo> {
  const { records, summary } = await driver.executeQuery(
    cypher("get-server-info"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  const record = records[0];
  return {
    version: String(record?.get("version") ?? "unknown"),
    edition: String(record?.get("edition") ?? "unknown"),
    database: summary.database.name ?? database ?? "neo4j",
  };
}
