/**
 * One import, start to end: pick the format, fingerprint the files, read them once to check
 * every row against the model (nothing is written if anything is wrong), then read them again
 * and write the rows as one dataset in one transaction. Until the commit no other session sees
 * any of it; a killed process or a lost Neo4j rolls it back, so there is never half a dataset.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import {
  ImportProblems,
  ImportRejectedError,
  RowLedger,
  checkDatasetId,
  passBytesTotal,
  rowCount,
  scopedId,
  type DatasetCounts,
  type DatasetDescriptor,
  type DatasetFile,
  type DatasetMetadata,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ImportProgress,
  type ImportReport,
  type ModelRows,
} from "../../domain/ingest";
import { neo4jDatasetWriter } from "./neo4j-dataset-writer";
import { chooseImportFormat } from "./choose-import-format";
import { writeRowsInOrder } from "./write-rows-in-order";
import { summariseDataset } from "./dataset-summary";
import { importWriteFailure } from "./import-memory-error";
import { DatasetTransactionWriter, type WriteTransaction } from "./write-dataset";

export interface DatasetImportRequest {
  files: readonly ImportFile[];
  /** A format id (or the format itself); detected from the files when absent. */
  format?: string | ImportFormat | undefined;
  datasetId: string;
  title?: string | undefined;
  /** Named text inputs besides the data files, e.g. `mapping`. */
  options?: Readonly<Record<string, string>> | undefined;
  /** Check only: read and validate, write nothing. */
  dryRun?: boolean | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export interface DatasetImportOutcome {
  dataset: DatasetDescriptor;
  /** `checked`: a dry run; `unchanged`: the database already held this version. */
  status: "written" | "unchanged" | "checked";
  /** What the files hold (checked, unchanged) or what was written. */
  counts: DatasetCounts;
  report: ImportReport;
}

/** Bumped when the runner or writer changes what an import stores. */
const RUNNER_VERSION = "2";

async function checksumOf(file: ImportFile): Promise<DatasetFile> {
  const hash = createHash("sha256");
  for await (const chunk of file.open()) hash.update(chunk);
  return { name: file.name, sha256: hash.digest("hex") };
}

function versionOf(
  format: ImportFormat,
  files: readonly DatasetFile[],
  options: Readonly<Record<string, string>>,
): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([RUNNER_VERSION, format.id, format.mappingVersion]));
  hash.update(JSON.stringify(files.map((file) => file.sha256)));
  hash.update(JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b))));
  return hash.digest("hex").slice(0, 32);
}

/** Files that report the bytes read through them, for progress. */
function countingFiles(files: readonly ImportFile[], onBytes: (bytes: number) => void) {
  return files.map((file): ImportFile => ({
    ...file,
    async *open() {
      for await (const chunk of file.open()) {
        onBytes(chunk.byteLength);
        yield chunk;
      }
    },
  }));
}

function contextFor(
  datasetId: string,
  problems: ImportProblems,
  options: Readonly<Record<string, string>>,
  metadata: DatasetMetadata,
): ImportContext {
  return {
    datasetId,
    problems,
    options,
    scope: (localId) => scopedId(datasetId, localId),
    describe: (given) => Object.assign(metadata, given),
  };
}

class Progress {
  private bytesRead = 0;
  private rows = 0;
  private lastReport = 0;

  constructor(
    private readonly phase: ImportProgress["phase"],
    private readonly bytesTotal: number | null,
    private readonly report: ((progress: ImportProgress) => void) | undefined,
  ) {}

  bytes = (count: number): void => {
    this.bytesRead += count;
  };

  addRows(count: number): void {
    this.rows += count;
    const now = Date.now();
    if (now - this.lastReport >= 250) {
      this.lastReport = now;
      this.emit();
    }
  }

  emit(): void {
    const { phase, bytesRead, bytesTotal, rows } = this;
    this.report?.({ phase, bytesRead, bytesTotal, rows });
  }
}

/** An import whose files passed the validation pass: what it is and what the files hold. */
export interface CheckedImport {
  format: ImportFormat;
  dataset: DatasetDescriptor;
  counts: DatasetCounts;
  report: ImportReport;
  bytesTotal: number | null;
}

/** What every reading of an import's files shares, settled before the first row is read. */
interface ImportReading {
  datasetId: string;
  format: ImportFormat;
  files: DatasetFile[];
  version: string;
  bytesTotal: number | null;
  options: Readonly<Record<string, string>>;
}

/** Picks the format and fingerprints the files (the version is known before any row is read). */
async function prepareReading(request: DatasetImportRequest): Promise<ImportReading> {
  const datasetId = checkDatasetId(request.datasetId);
  const options = request.options ?? {};
  const format =
    typeof request.format === "object"
      ? request.format
      : await chooseImportFormat(request.files, request.format);
  const files = await Promise.all(request.files.map(checksumOf));
  const bytesTotal = passBytesTotal(
    request.files.map((file) => file.size),
    format.readsPerPass,
  );
  return {
    datasetId,
    format,
    files,
    version: versionOf(format, files, options),
    bytesTotal,
    options,
  };
}

/**
 * One reading of the files with every row checked against the model: `rows()` yields the
 * batches while no error has been found (after the first, it reads on only to list every
 * problem) and, at the end, throws ImportRejectedError when anything was wrong.
 */
class CheckedReading {
  private readonly problems = new ImportProblems();
  private readonly ledger = new RowLedger(this.problems);
  private readonly metadata: DatasetMetadata = {};
  private readonly counts: DatasetCounts = {
    sources: 0,
    entities: 0,
    relationships: 0,
    citations: 0,
  };
  private report: ImportReport | null = null;

  constructor(
    private readonly reading: ImportReading,
    private readonly request: DatasetImportRequest,
    private readonly phase: ImportProgress["phase"],
  ) {}

  async *rows(): AsyncGenerator<ModelRows, void, undefined> {
    const { reading, request } = this;
    const progress = new Progress(this.phase, reading.bytesTotal, request.onProgress);
    const context = contextFor(reading.datasetId, this.problems, reading.options, this.metadata);
    const files = countingFiles(request.files, progress.bytes);
    for await (const rows of reading.format.rows(files, context)) {
      this.ledger.check(rows);
      this.counts.sources += rows.sources.length;
      this.counts.entities += rows.entities.length;
      this.counts.relationships += rows.relationships.length;
      this.counts.citations += rows.citations.length;
      progress.addRows(rowCount(rows));
      if (this.problems.errorCount === 0) yield rows;
    }
    // References to rows never defined are known only now, before the links left waiting
    // for them are handed on.
    this.ledger.finish();
    progress.emit();
    this.report = this.problems.report();
    if (this.report.errorCount > 0) throw new ImportRejectedError(this.report);
  }

  /** What the files held; after `rows()` has been read to its end. */
  checked(): CheckedImport {
    const { reading, request, metadata, report } = this;
    if (report === null) throw new Error("The import's files have not been read to the end.");
    const dataset: DatasetDescriptor = {
      id: reading.datasetId,
      title: request.title ?? metadata.title ?? reading.datasetId,
      format: reading.format.id,
      version: reading.version,
      files: reading.files,
      publisher: metadata.publisher ?? null,
      licence: metadata.licence ?? null,
    };
    const { format, bytesTotal } = reading;
    return { format, dataset, counts: { ...this.counts }, report, bytesTotal };
  }
}

/**
 * Pass 1 of the online import (and a dry run's only pass): picks the format, fingerprints the
 * files and reads them once, checking every row against the model. Writes nothing; throws
 * ImportRejectedError with every problem when anything is wrong.
 */
export async function checkDatasetImport(request: DatasetImportRequest): Promise<CheckedImport> {
  const reading = new CheckedReading(await prepareReading(request), request, "checking");
  for await (const rows of reading.rows()) void rows;
  return reading.checked();
}

/**
 * Pass 2 of the online import: reads the checked files again and hands the rows to the dataset
 * writer over `tx` (a Neo4j transaction). Returns what was written.
 */
export async function writeCheckedImport(
  tx: WriteTransaction,
  checked: CheckedImport,
  request: DatasetImportRequest,
): Promise<DatasetCounts> {
  const writing = new Progress("writing", checked.bytesTotal, request.onProgress);
  const writer = new DatasetTransactionWriter(tx, checked.dataset.id, checked.dataset.version);
  await writer.start();
  // The second reading's problems were all found by the first.
  const options = request.options ?? {};
  const again = contextFor(checked.dataset.id, new ImportProblems(), options, {});
  const batches = checked.format.rows(countingFiles(request.files, writing.bytes), again);
  await writeRowsInOrder(batches, writer, (rows) => writing.addRows(rows));
  const written = await writer.finish(checked.dataset);
  writing.emit();
  return written;
}

/**
 * Both passes in one reading, for a writer whose output is thrown away when the files are
 * rejected (the bulk path's CSV files, removed with their folder): each batch is checked and
 * then written, writing stops at the first error, and ImportRejectedError is thrown before
 * the writer finishes. Saves the whole second reading of the files.
 */
export async function checkAndWriteImport(
  tx: WriteTransaction,
  request: DatasetImportRequest,
): Promise<{ checked: CheckedImport; written: DatasetCounts }> {
  const prepared = await prepareReading(request);
  const reading = new CheckedReading(prepared, request, "checking and writing");
  const writer = new DatasetTransactionWriter(tx, prepared.datasetId, prepared.version);
  await writer.start();
  await writeRowsInOrder(reading.rows(), writer, () => undefined);
  const checked = reading.checked();
  return { checked, written: await writer.finish(checked.dataset) };
}

export async function runDatasetImport(
  driver: Driver,
  database: string | undefined,
  request: DatasetImportRequest,
): Promise<DatasetImportOutcome> {
  const checked = await checkDatasetImport(request);
  const { dataset, counts, report } = checked;
  if (request.dryRun === true) return { dataset, status: "checked", counts, report };
  const current = await neo4jDatasetWriter(driver, database).currentVersion(dataset.id);
  if (current === dataset.version) return { dataset, status: "unchanged", counts, report };

  // Pass 2 in one transaction: until the commit no other session sees any of it.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const tx = await session.beginTransaction();
    try {
      const written = await writeCheckedImport(tx, checked, request);
      await tx.commit();
      // The data is in; a summary that fails now is computed when it is first asked for.
      await summariseDataset(driver, database, dataset.id).catch(() => undefined);
      return { dataset, status: "written", counts: written, report };
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw importWriteFailure(error, counts);
    }
  } finally {
    await session.close();
  }
}
