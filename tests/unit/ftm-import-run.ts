// The FtM format tests' way of running a format (tests/support/collect-format-rows.ts) over
// in-memory files delivered in small pieces.
import type { ImportFile, ImportFormat, ImportReport, ModelRows } from "../../domain/ingest";
import { collectFormatRows } from "../support/collect-format-rows";
import { memoryImportFile } from "../support/memory-import-file";

export const DATASET = "test-ftm";

export interface FormatRun {
  rows: ModelRows;
  report: ImportReport;
}

/** An in-memory file, delivered in pieces of `chunk` bytes (a record may be split across two). */
export function textFile(name: string, text: string, chunk = 97): ImportFile {
  return memoryImportFile(name, text, chunk);
}

export async function runFormat(format: ImportFormat, files: ImportFile[]): Promise<FormatRun> {
  const { rows, report } = await collectFormatRows(format, files, DATASET);
  return { rows, report };
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
