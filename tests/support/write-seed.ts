/** Writes a (possibly altered) seed dataset through the real writer, as a start would. */
import type { DatasetCounts } from "../../domain/ingest";
import { seedImporter, type SeedDataset } from "../../graph-seed";
import { writeDataset, type WriteTransaction } from "../../server/ingest/write-dataset";

export function writeSeed(tx: WriteTransaction, dataset: SeedDataset): Promise<DatasetCounts> {
  const { dataset: descriptor, rows } = seedImporter.toModel({ dataset, checksums: [] });
  return writeDataset(tx, descriptor, rows);
}
