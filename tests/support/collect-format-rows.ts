/**
 * Runs an import format over files as the import runner's validation pass does: every batch
 * through a RowLedger, then the ledger's closing checks. Returns every row, the problems found
 * and what the input said about itself.
 */
import {
  ImportProblems,
  RowLedger,
  emptyRows,
  scopedId,
  type DatasetMetadata,
  type ImportFile,
  type ImportFormat,
  type ImportReport,
  type ModelRows,
} from "../../domain/ingest";
import { memoryImportFile } from "./memory-import-file";

export interface CollectedRows {
  rows: ModelRows;
  report: ImportReport;
  metadata: DatasetMetadata;
  batches: number;
}

/** An in-memory file in one piece, for bad-input cases written in the test itself. */
export function textFile(name: string, text: string): ImportFile {
  return memoryImportFile(name, text, Number.POSITIVE_INFINITY);
}

export async function collectFormatRows(
  format: ImportFormat,
  files: readonly ImportFile[],
  datasetId = "test",
  options: Record<string, string> = {},
): Promise<CollectedRows> {
  const problems = new ImportProblems();
  const ledger = new RowLedger(problems);
  let metadata: DatasetMetadata = {};
  const context = {
    datasetId,
    problems,
    options,
    scope: (localId: string) => scopedId(datasetId, localId),
    describe: (given: DatasetMetadata) => {
      metadata = { ...metadata, ...given };
    },
  };
  const rows = emptyRows();
  let batches = 0;
  for await (const batch of format.rows(files, context)) {
    batches++;
    ledger.check(batch);
    rows.sources.push(...batch.sources);
    rows.entities.push(...batch.entities);
    rows.relationships.push(...batch.relationships);
    rows.citations.push(...batch.citations);
  }
  ledger.finish();
  return { rows, report: problems.report(), metadata, batches };
}
