import type { Driver } from "neo4j-driver";
import { runImport } from "../../domain/ingest";
import { seedImporter } from "../../graph-seed";
import { neo4jDatasetWriter } from "../ingest/neo4j-dataset-writer";

export interface SeedStatus {
  seedVersion: string;
  loaded: boolean;
}

/**
 * Loads the seed, the dataset `seed`, when the database lacks it or holds another version. The
 * data is validated before anything is written, and written in one transaction: a bad seed
 * changes nothing.
 */
export async function ensureSeed(
  driver: Driver,
  database: string | undefined,
  directory?: string,
): Promise<SeedStatus> {
  const outcome = await runImport(seedImporter, directory, neo4jDatasetWriter(driver, database));
  return { seedVersion: outcome.dataset.version, loaded: outcome.written !== null };
}
