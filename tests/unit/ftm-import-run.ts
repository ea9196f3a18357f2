// Runs an import format over files as the import runner's validation pass does: every batch
// through a RowLedger, then the ledger's final reference check. Shared by the FtM format tests.
import {
  ImportProblems,
  RowLedger,
  emptyRows,
  scopedId,
  type ImportFile,
  type ImportFormat,
  type ImportReport,
  type ModelRows,
} from "../../domain/ingest";

export const DATASET = "test-ftm";

export interface FormatRun {
  rows: ModelRows;
  report: ImportReport;
}

/** An in-memory file, delivered in pieces of `chunk` bytes (a record may be split across two). */
export function textFile(name: string, text: string, chunk = 97): ImportFile {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    async *open() {
      for (let start = 0; start < bytes.length; start += chunk) {
        yield bytes.subarray(start, start + chunk);
      }
    },
  };
}

export async function runFormat(format: ImportFormat, files: ImportFile[]): Promise<FormatRun> {
  const problems = new ImportProblems();
  const ledger = new RowLedger(problems);
  const rows = emptyRows();
  const context = {
    datasetId: DATASET,
    problems,
    options: {},
    scope: (local: string) => scopedId(DATASET, local),
    describe: () => undefined,
  };
  for await (const batch of format.rows(files, context)) {
    ledger.check(batch);
    rows.sources.push(...batch.sources);
    rows.entities.push(...batch.entities);
    rows.relationships.push(...batch.relationships);
    rows.citations.push(...batch.citations);
  }
  ledger.finish();
  return { rows, report: problems.report() };
}

/** The codes of the errors, in order. */
export function errorCodes(run: FormatRun): string[] {
  return run.report.errors.map((error) => error.code);
}

/** Warning counts by code. */
export function warningCounts(run: FormatRun): Record<string, number> {
  return Object.fromEntries(run.report.warnings.map((group) => [group.code, group.count]));
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
