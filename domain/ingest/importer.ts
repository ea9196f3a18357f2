/**
 * The ingest seam: every import format is one Importer (read → validate → map to the model),
 * and one writer stores what it maps, in batches, as one dataset. The seed is the first
 * importer (graph-seed/seed-importer.ts); BODS, FollowTheMoney, GLEIF and CSV follow the same
 * shape. Pure: reading files is the importer's own `read`, writing is the writer's.
 */
import { checkDatasetId, type DatasetCounts, type DatasetDescriptor } from "./dataset";
import type { ModelRows } from "./model-rows";

export interface Importer<Input, Parsed, Valid> {
  /** The format id, also the dataset's `format`. */
  readonly format: string;
  /** Reads the input (files, a stream) into parsed but unchecked data. */
  read(input: Input): Promise<Parsed>;
  /** Checks everything; throws one error that lists every problem, or returns checked data. */
  validate(parsed: Parsed): Valid;
  /** The dataset's record and its rows in the graph model. */
  toModel(valid: Valid): { dataset: DatasetDescriptor; rows: ModelRows };
}

/** Stores a dataset; the server's writer runs it in one transaction (all or nothing). */
export interface DatasetWriter {
  /** The version of the dataset the database holds, or null when it holds none. */
  currentVersion(datasetId: string): Promise<string | null>;
  write(dataset: DatasetDescriptor, rows: ModelRows): Promise<DatasetCounts>;
}

export interface ImportOutcome {
  dataset: DatasetDescriptor;
  /** Null when the database already held this version and nothing was written. */
  written: DatasetCounts | null;
}

/** Reads, validates and maps the input, then writes it unless that version is already stored. */
export async function runImport<Input, Parsed, Valid>(
  importer: Importer<Input, Parsed, Valid>,
  input: Input,
  writer: DatasetWriter,
): Promise<ImportOutcome> {
  const { dataset, rows } = importer.toModel(importer.validate(await importer.read(input)));
  checkDatasetId(dataset.id);
  if ((await writer.currentVersion(dataset.id)) === dataset.version) {
    return { dataset, written: null };
  }
  return { dataset, written: await writer.write(dataset, rows) };
}
