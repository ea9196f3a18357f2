/**
 * The seed as the first importer of the ingest seam (domain/ingest/importer.ts): read the data
 * files of a seed directory, validate them, map them to the model as the dataset `seed`.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DatasetFile, Importer } from "../domain/ingest";
import { SEED_DATA_DIRECTORY, readSeedFiles } from "./read-seed-directory";
import { seedModelRows } from "./seed-model-rows";
import { SEED_FILE_NAMES, type SeedDataset, type SeedFiles } from "./seed-types";
import { validateSeed } from "./validate-seed";

export const SEED_DATASET_ID = "seed";

interface ReadSeed {
  files: SeedFiles;
  checksums: DatasetFile[];
}

interface ValidSeed {
  dataset: SeedDataset;
  checksums: DatasetFile[];
}

async function checksumsOf(directory: string): Promise<DatasetFile[]> {
  return Promise.all(
    Object.values(SEED_FILE_NAMES).map(async (name) => ({
      name,
      sha256: createHash("sha256")
        .update(await readFile(path.join(directory, name)))
        .digest("hex"),
    })),
  );
}

/** Input: a seed directory (graph-seed/data when undefined). */
export const seedImporter: Importer<string | undefined, ReadSeed, ValidSeed> = {
  format: "seed",
  async read(directory = SEED_DATA_DIRECTORY) {
    const files = await readSeedFiles(directory);
    return { files, checksums: await checksumsOf(directory) };
  },
  validate({ files, checksums }) {
    return { dataset: validateSeed(files), checksums };
  },
  toModel({ dataset, checksums }) {
    return {
      dataset: {
        id: SEED_DATASET_ID,
        title: "Ownergraph seed: Aisino, its owners and the Hong Kong checkpoints",
        format: "seed",
        version: dataset.seedVersion,
        files: checksums,
        publisher: null,
        licence: null,
      },
      rows: seedModelRows(dataset),
    };
  },
};
