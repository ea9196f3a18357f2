/** Removes what a test imported into the shared test database, so other files see only the seed. */
import type { Driver } from "neo4j-driver";
import { listDatasets, removeDataset } from "../../server/ingest/datasets";
import { testDatabase } from "./neo4j";

export async function removeImportedDatasets(
  driver: Driver,
  isImported: (id: string) => boolean = (id) => id !== "seed",
): Promise<void> {
  for (const dataset of await listDatasets(driver, testDatabase())) {
    if (isImported(dataset.id)) await removeDataset(driver, testDatabase(), dataset.id);
  }
}
