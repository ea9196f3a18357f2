import type { AppConfig } from "./config";
import { connectNeo4j, type Neo4jConnection } from "./neo4j/connection";
import { applySchema } from "./neo4j/apply-schema";
import { ensureSeed } from "./seed/ensure-seed";

/**
 * Everything a start needs before the HTTP server listens: a database that answers, the schema,
 * and the current seed. Shared by `npm start`, the CLI and the test setup, so they cannot drift.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (line: string) => void = (line) => console.info(line),
): Promise<Neo4jConnection> {
  const connection = await connectNeo4j(config, log);
  try {
    await applySchema(connection.driver, connection.database);
    const seed = await ensureSeed(connection.driver, connection.database);
    log(seed.loaded ? `Loaded seed ${seed.seedVersion}.` : `Seed ${seed.seedVersion} is current.`);
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
