/**
 * A dataset: everything one import wrote. Every node and relationship it writes carries its id
 * in a `dataset` property, so a reload replaces exactly its own facts and nothing else.
 */

export interface DatasetFile {
  name: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

export interface DatasetDescriptor {
  /** Kebab-case, unique in the database: `seed`, `uk-psc-2026-11`. */
  id: string;
  title: string;
  /** The importer's format id: `seed`, `bods-0.4`, `ftm`, ... */
  format: string;
  /** Changes whenever what the import would write changes; a load is skipped when equal. */
  version: string;
  files: DatasetFile[];
  /** Where the input says so; null otherwise (never guessed). */
  publisher: string | null;
  licence: string | null;
}

/** What an import wrote, for the log and the dataset's record. */
export interface DatasetCounts {
  sources: number;
  entities: number;
  relationships: number;
  citations: number;
}

const DATASET_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Thrown for a dataset id that cannot be one; the message says what would. */
export class DatasetIdError extends Error {
  override readonly name = "DatasetIdError";
}

export function checkDatasetId(id: string): string {
  if (!DATASET_ID.test(id)) {
    throw new DatasetIdError(
      `"${id}" is not a dataset id: use lower-case letters, digits, "-" and "." (e.g. "uk-psc-2026").`,
    );
  }
  return id;
}

/** A dataset id made from a file name: `UK PSC 2026.json` → `uk-psc-2026`. */
export function datasetIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const id = base
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .replace(/[-.]{2,}/g, "-");
  return id === "" ? "dataset" : id;
}
