import { ExportRequestError, getExportFormat, type ExportOutput } from "../domain/export";
import { ImportRejectedError, problemLine } from "../domain/ingest";
import { AdminCsvValueError } from "../domain/ingest";
import { BackupError } from "../server/services/backup-service";
import { ApiError, ConfigError } from "../server/services/service-errors";
import {
  BulkImportError,
  DatasetRemovalError,
  ImportRequestError,
  ImportTooLargeError,
} from "../server/services/import-service";
import { DATASETS_HELP, IMPORT_HELP } from "./import-args";
import { runDatasetsCommand, runImportCommand } from "./import-command";
import { ServerImportError } from "./server-import";
import { GENERATE_HELP, runGenerateCommand } from "./generate-command";
import { writeFilesAtomically, writeToStream } from "./atomic-write";
import { BACKUP_HELP, isBackupCommand, parseBackupCommandLine } from "./backup-args";
import { runBackupCommand } from "./backup-command";
import {
  EXPORT_HELP,
  MAIN_HELP,
  parseCommandLine,
  UsageError,
  type ExportCommand,
  type HelpTopic,
} from "./cli-args";
import { exportLocally } from "./local-export";
import { importCommandFor, partPaths } from "./output-files";
import { formatBytes, ProgressLine } from "./progress-line";
import { exportThroughServer } from "./server-export";

/** The `ownergraph` command: parse, export, write, and an exit code (see main.ts). */

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** An import's files have errors: they are listed, and nothing was written. */
export const EXIT_REJECTED = 3;

const HELP: Record<HelpTopic, string> = {
  main: MAIN_HELP,
  export: EXPORT_HELP,
  import: IMPORT_HELP,
  datasets: DATASETS_HELP,
  generate: GENERATE_HELP,
};

async function writeOutput(
  command: ExportCommand,
  output: ExportOutput,
  progress: ProgressLine,
): Promise<string> {
  progress.stage(command.out === "-" ? "writing to standard output" : `saving ${command.out}`);
  let total = 0;
  const count = (bytes: number) => {
    total += bytes;
    progress.bytes(bytes);
  };
  const [single] = output.files;
  if (output.files.length === 1 && single !== undefined) {
    if (command.out === "-") await writeToStream(single.body, process.stdout, count);
    else await writeFilesAtomically([{ path: command.out, body: single.body }], count);
    return `${command.out === "-" ? "standard output" : command.out} (${formatBytes(total)})`;
  }
  const format = getExportFormat(command.format);
  const paths = partPaths(command.out, format);
  await writeFilesAtomically(
    output.files.map((file, index) => ({ path: paths[index] ?? file.fileName, body: file.body })),
    count,
  );
  const written = `${paths.slice(0, -1).join(", ")} and ${paths[paths.length - 1] ?? ""}`;
  const load =
    output.importCommand === null
      ? ""
      : `. Import with:\n  ${importCommandFor(output.importCommand, format, paths)}`;
  return `${written} (${formatBytes(total)})${load}`;
}

async function runExportCommand(command: ExportCommand, progress: ProgressLine): Promise<void> {
  let summary = "";
  if (command.server !== null) {
    const output = await exportThroughServer(command, command.server, progress);
    summary = await writeOutput(command, output, progress);
    progress.finish(`Wrote ${summary}.`);
    return;
  }
  const counts = await exportLocally(command, progress, async (output) => {
    summary = await writeOutput(command, output, progress);
  });
  progress.finish(
    `Wrote ${counts.nodes} nodes and ${counts.relationships} relationships to ${summary}.`,
  );
}

function describe(error: unknown): string {
  if (error instanceof ImportRejectedError) {
    const { report } = error;
    const more = report.errorCount - report.errors.length;
    return (
      `the files have ${String(report.errorCount)} error${report.errorCount === 1 ? "" : "s"}; nothing was written:\n` +
      report.errors.map((problem) => `  ${problemLine(problem)}`).join("\n") +
      (more > 0 ? `\n  …and ${String(more)} more.` : "")
    );
  }
  if (
    error instanceof ApiError ||
    error instanceof ConfigError ||
    error instanceof ImportRequestError ||
    error instanceof ImportTooLargeError ||
    error instanceof DatasetRemovalError ||
    error instanceof ServerImportError ||
    error instanceof BackupError ||
    error instanceof BulkImportError ||
    error instanceof AdminCsvValueError ||
    error instanceof ExportRequestError ||
    error instanceof UsageError
  ) {
    return error.message;
  }
  if (error instanceof Error) {
    const hint = /Another Neo4j seems to be using/.test(error.message)
      ? "\nIf `npm start` is running, export through it: add --server http://127.0.0.1:7400."
      : "";
    return `${error.name}: ${error.message}${hint}`;
  }
  return String(error);
}

export async function main(argv: readonly string[]): Promise<number> {
  const progress = new ProgressLine(process.stderr, argv.includes("--quiet"));
  try {
    const [name, ...rest] = argv;
    if (isBackupCommand(name)) {
      const backup = parseBackupCommandLine(name, rest);
      if (backup.command === "help") process.stdout.write(BACKUP_HELP);
      else await runBackupCommand(backup, progress);
      return EXIT_OK;
    }
    const command = parseCommandLine(argv);
    if (command.command === "help") {
      process.stdout.write(HELP[command.topic]);
      return EXIT_OK;
    }
    if (command.command === "import") await runImportCommand(command, progress);
    else if (command.command === "datasets") await runDatasetsCommand(command, progress);
    else if (command.command === "generate") await runGenerateCommand(command, progress);
    else await runExportCommand(command, progress);
    return EXIT_OK;
  } catch (error) {
    progress.finish(`ownergraph: ${describe(error)}`, true);
    if (error instanceof UsageError) return EXIT_USAGE;
    return error instanceof ImportRejectedError ? EXIT_REJECTED : EXIT_FAILED;
  }
}
