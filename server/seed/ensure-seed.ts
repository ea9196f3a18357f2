import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import { readSeedDirectory, SEED_META_KEY, writeSeed } from "../../graph-seed";

export interface SeedStatus {
  seedVersion: string;
  loaded: boolean;
}

/**
 * Loads the seed when the database lacks it or holds another version. The data is validated
 * before anything is written, and written in one transaction: a bad seed changes nothing.
 */
export async function ensureSeed(
  driver: Driver,
  database: string | undefined,
  directory?: string,
): Promise<SeedStatus> {
  const dataset = await readSeedDirectory(directory);
  const { records } = await driver.executeQuery(
    cypher("get-seed-version"),
    { key: SEED_META_KEY },
    { database, routing: neo4j.routing.READ },
  );
  const current: unknown = records[0]?.get("seedVersion");
  if (current === dataset.seedVersion) return { seedVersion: dataset.seedVersion, loaded: false };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) => writeSeed(tx, dataset));
  } finally {
    await session.close();
  }
  return { seedVersion: dataset.seedVersion, loaded: true };
}
