/** The CSV tests' call of collectFormatRows: the mapping among the options, then the dataset id. */
import type { ImportFile, ImportFormat } from "../../domain/ingest";
import { collectFormatRows, type CollectedRows } from "./collect-format-rows";

export type FormatRun = Omit<CollectedRows, "batches">;

export async function runImportFormat(
  format: ImportFormat,
  files: readonly ImportFile[],
  options: Record<string, string> = {},
  datasetId = "test",
): Promise<FormatRun> {
  const { rows, report, metadata } = await collectFormatRows(format, files, datasetId, options);
  return { rows, report, metadata };
}
