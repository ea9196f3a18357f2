/**
 * Runs an import format over files as the import runner's validation pass does: every batch
 * through a RowLedger, then its finish. Returns every row, the report and what the input said
 * about itself.
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

export interface FormatRun {
  rows: ModelRows;
  report: ImportReport;
  metadata: DatasetMetadata;
}

export async function runImportFormat(
  format: ImportFormat,
  files: readonly ImportFile[],
  options: Record<string, string> = {},
  datasetId = "test",
): Promise<FormatRun> {
  const problems = new ImportProblems();
  const ledger = new RowLedger(problems);
  let metadata: DatasetMetadata = {};
  const context = {
    datasetId,
    problems,
    options,
    scope: (local: string) => scopedId(datasetId, local),
    describe: (given: DatasetMetadata) => {
      metadata = { ...metadata, ...given };
    },
  };
  const rows = emptyRows();
  for await (const batch of format.rows(files, context)) {
    ledger.check(batch);
    rows.sources.push(...batch.sources);
    rows.entities.push(...batch.entities);
    rows.relationships.push(...batch.relationships);
    rows.citations.push(...batch.citations);
  }
  ledger.finish();
  return { rows, report: problems.report(), metadata };
}
