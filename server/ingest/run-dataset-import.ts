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
} from "../../domain/ingest";
import { neo4jDatasetWriter } from "./neo4j-dataset-writer";
import { chooseImportFormat } from "./choose-import-format";
import { writeRowsInOrder } from "./write-rows-in-order";
import { summariseDataset } from "./dataset-summary";
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

/**
 * Pass 1 of every import (online and bulk alike): picks the format, fingerprints the files and
 * reads them once, checking every row against the model. Writes nothing; throws
 * ImportRejectedError with every problem when anything is wrong.
 */
export async function checkDatasetImport(request: DatasetImportRequest): Promise<CheckedImport> {
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

  const problems = new ImportProblems();
  const metadata: DatasetMetadata = {};
  const ledger = new RowLedger(problems);
  const counts: DatasetCounts = { sources: 0, entities: 0, relationships: 0, citations: 0 };
  const checking = new Progress("checking", bytesTotal, request.onProgress);
  const context = contextFor(datasetId, problems, options, metadata);
  for await (const rows of format.rows(countingFiles(request.files, checking.bytes), context)) {
    ledger.check(rows);
    counts.sources += rows.sources.length;
    counts.entities += rows.entities.length;
    counts.relationships += rows.relationships.length;
    counts.citations += rows.citations.length;
    checking.addRows(rowCount(rows));
  }
  ledger.finish();
  checking.emit();
  const report = problems.report();
  if (report.errorCount > 0) throw new ImportRejectedError(report);

  const dataset: DatasetDescriptor = {
    id: datasetId,
    title: request.title ?? metadata.title ?? datasetId,
    format: format.id,
    version: versionOf(format, files, options),
    files,
    publisher: metadata.publisher ?? null,
    licence: metadata.licence ?? null,
  };
  return { format, dataset, counts, report, bytesTotal };
}

/**
 * Pass 2: reads the checked files again and hands the rows to the dataset writer over `tx` (a
 * Neo4j transaction online; the CSV files of the bulk path). Returns what was written.
 */
export async function writeCheckedImport(
  tx: WriteTransaction,
  checked: CheckedImport,
  request: DatasetImportRequest,
): Promise<DatasetCounts> {
  const writing = new Progress("writing", checked.bytesTotal, request.onProgress);
  const writer = new DatasetTransactionWriter(tx, checked.dataset);
  await writer.start();
  // The second reading's problems were all found by the first.
  const options = request.options ?? {};
  const again = contextFor(checked.dataset.id, new ImportProblems(), options, {});
  const batches = checked.format.rows(countingFiles(request.files, writing.bytes), again);
  await writeRowsInOrder(batches, writer, (rows) => writing.addRows(rows));
  const written = await writer.finish();
  writing.emit();
  return written;
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
      throw error;
    }
  } finally {
    await session.close();
  }
}
