/**
 * An import format: BODS, FollowTheMoney, GLEIF, CSV. Each one reads its files as a stream and
 * yields the model's rows in batches; the import runner (server/ingest/run-dataset-import.ts)
 * checks the rows against the model, then writes them as one dataset. A format reads its files
 * more than once (a pass to validate, a pass to write), so it must yield the same rows each
 * time; it keeps no more in memory than it needs to resolve references (ids, not records).
 */
import type { ImportProblems } from "./import-problems";
import type { ModelRows } from "./model-rows";

/** One input file. `open` reads its bytes afresh each time it is called. */
export interface ImportFile {
  /** The file's name as the user gave it (no folder), for messages and the dataset record. */
  name: string;
  /** In bytes, when known: for progress. */
  size: number | null;
  /** Where it lies on disk, when it does (an upload through --server sends it from there). */
  path?: string;
  open(): AsyncIterable<Uint8Array>;
}

/** The start of a file, for telling formats apart. */
export interface FileSample {
  name: string;
  /** The first 64 kB as text, byte-order mark removed (UTF-16 decoded). */
  head: string;
}

/** What the input says about itself; a field it does not give stays absent, never guessed. */
export interface DatasetMetadata {
  title?: string;
  publisher?: string;
  licence?: string;
}

export interface ImportContext {
  /** The dataset being written, e.g. `uk-psc-2026-11`. */
  readonly datasetId: string;
  readonly problems: ImportProblems;
  /** Named text inputs besides the data files, e.g. `mapping` (the CSV mapping file's text). */
  readonly options: Readonly<Record<string, string>>;
  /**
   * The id of an entity or source in the graph for an id local to the input: ids are unique per
   * dataset, so the same record id in two datasets never collides (`<dataset>:<local>`).
   */
  scope(localId: string): string;
  /** Records what the input says about itself (BODS publication details, a mapping's defaults). */
  describe(metadata: DatasetMetadata): void;
}

export interface ImportFormat {
  /** `bods`, `ftm`, `gleif`, `csv`: the `--format` value and the dataset's `format`. */
  readonly id: string;
  /** For lists and messages: "BODS 0.4 / 0.3 (JSON, JSON Lines)". */
  readonly label: string;
  /** Changes when the mapping changes, so re-importing the same files writes them again. */
  readonly mappingVersion: string;
  /**
   * How many times one call of `rows` reads every file whole (BODS and FtM read twice: ids
   * first, then the records). Progress divides the bytes read by it, so a pass ends at 100 %.
   * Reading a file's start (a sample, a header) does not count.
   */
  readonly readsPerPass: number;
  /** True when the file looks like this format (by its start, and its name where that helps). */
  detect(sample: FileSample): boolean;
  /**
   * The files' rows in batches of a few hundred to a few thousand. Problems go to
   * `context.problems` (an error for anything that would make a wrong graph, a warning for what
   * is skipped and counted); a format never throws for bad input, so that every problem of a
   * file is reported at once. Ids come from `context.scope`.
   */
  rows(files: readonly ImportFile[], context: ImportContext): AsyncIterable<ModelRows>;
}

/** A scoped id: `<dataset>:<local>`. */
export function scopedId(datasetId: string, localId: string): string {
  return `${datasetId}:${localId}`;
}

/** An empty batch, to fill. */
export function emptyRows(): ModelRows {
  return { sources: [], entities: [], relationships: [], citations: [] };
}

/** The number of rows in a batch. */
export function rowCount(rows: ModelRows): number {
  return (
    rows.sources.length + rows.entities.length + rows.relationships.length + rows.citations.length
  );
}
