import {
  importProgressText,
  problemLine,
  type ImportProgress,
  type ImportReport,
} from "../domain/ingest";
import {
  bulkImportFiles,
  filesFromPaths,
  openLocalImportService,
  type DatasetImportOutcome,
  type DatasetImportRequest,
  type DatasetRecord,
  type ImportService,
} from "../server/services/import-service";
import type { DatasetsCommand, ImportCommand } from "./import-args";
import type { ProgressLine } from "./progress-line";
import { serverImportService } from "./server-import";

/** `ownergraph import` and `ownergraph datasets`, here or through a running server. */

async function openService(server: string | null, progress: ProgressLine): Promise<ImportService> {
  if (server !== null) return serverImportService(server);
  return openLocalImportService((stage) => progress.stage(stage));
}

function warningLines(report: ImportReport): string[] {
  return report.warnings.map((group) => {
    const example = group.examples[0];
    return `  ${String(group.count)} × ${group.code}${example ? `: e.g. ${problemLine(example)}` : ""}`;
  });
}

function summaryOf(outcome: DatasetImportOutcome): string {
  const { dataset, counts, status } = outcome;
  const what =
    `${String(counts.entities)} entities, ${String(counts.relationships)} relationships, ` +
    `${String(counts.sources)} sources, ${String(counts.citations)} citations`;
  const head =
    status === "written"
      ? `Imported ${dataset.id} (${dataset.format}): ${what}.`
      : status === "unchanged"
        ? `${dataset.id} is already in the database at this version: nothing changed (${what}).`
        : `Checked ${dataset.id} (${dataset.format}): ${what}; nothing written (--dry-run).`;
  const warnings = warningLines(outcome.report);
  return warnings.length === 0 ? head : `${head}\nWarnings:\n${warnings.join("\n")}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** What the command asks to import, with progress shown on the line (online and bulk alike). */
async function importRequestOf(
  command: ImportCommand,
  progress: ProgressLine,
): Promise<DatasetImportRequest> {
  const files = await filesFromPaths(command.files);
  const started = Date.now();
  return {
    files,
    format: command.format ?? undefined,
    datasetId: command.dataset,
    title: command.title ?? undefined,
    options: command.mapping === null ? {} : { mapping: command.mapping },
    dryRun: command.dryRun,
    onProgress: (state: ImportProgress) =>
      progress.stage(importProgressText(state, Date.now() - started)),
  };
}

/** `--bulk`: the first load of an empty, stopped embedded store through neo4j-admin. */
async function runBulkImportCommand(command: ImportCommand, progress: ProgressLine) {
  const request = await importRequestOf(command, progress);
  const { outcome, timings } = await bulkImportFiles(request, (stage) => progress.stage(stage));
  const took =
    outcome.status === "written"
      ? `\nBulk load: check and CSV ${seconds(timings.read)}, ` +
        `neo4j-admin ${seconds(timings.neo4jAdmin)}, open and schema ${seconds(timings.open)}, ` +
        `summary ${seconds(timings.summary)}.`
      : "";
  progress.finish(`${summaryOf(outcome)}${took}`);
}

export async function runImportCommand(
  command: ImportCommand,
  progress: ProgressLine,
): Promise<void> {
  if (command.bulk) return runBulkImportCommand(command, progress);
  const request = await importRequestOf(command, progress);
  const service = await openService(command.server, progress);
  try {
    const outcome = await service.importFiles(request);
    progress.finish(summaryOf(outcome));
  } finally {
    await service.close();
  }
}

function datasetLine(dataset: DatasetRecord): string {
  return (
    `${dataset.id}\t${dataset.format}\t${String(dataset.entities)} entities\t` +
    `${String(dataset.relationships)} relationships\t${dataset.importedAt}\t${dataset.title}`
  );
}

export async function runDatasetsCommand(
  command: DatasetsCommand,
  progress: ProgressLine,
): Promise<void> {
  const service = await openService(command.server, progress);
  try {
    if (command.remove === null) {
      const datasets = await service.list();
      progress.finish(`${String(datasets.length)} dataset${datasets.length === 1 ? "" : "s"}.`);
      process.stdout.write(datasets.map((dataset) => `${datasetLine(dataset)}\n`).join(""));
      return;
    }
    const removed = await service.remove(command.remove);
    progress.finish(
      `Removed ${command.remove}: ${String(removed.nodes)} nodes and ` +
        `${String(removed.relationships)} relationships.`,
    );
  } finally {
    await service.close();
  }
}
