import {
  backupStore,
  defaultBackupFile,
  embeddedDataDir,
  restoreStore,
} from "../server/services/backup-service";
import type { BackupCommand } from "./backup-args";
import { formatBytes, type ProgressLine } from "./progress-line";

/** Runs `ownergraph backup` or `ownergraph restore` (see backup-args.ts). */
export async function runBackupCommand(
  command: Exclude<BackupCommand, { command: "help" }>,
  progress: ProgressLine,
): Promise<void> {
  const dataDir = embeddedDataDir();
  const log = (line: string) => progress.stage(line.replace(/[.…]+$/, ""));
  if (command.command === "backup") {
    progress.stage(`dumping the graph database in ${dataDir}`);
    const result = await backupStore(dataDir, command.to ?? defaultBackupFile(), log);
    progress.finish(`Backed up ${dataDir} to ${result.file} (${formatBytes(result.bytes)}).`);
    return;
  }
  progress.stage(`loading ${command.from}`);
  const result = await restoreStore(dataDir, command.from, command.replace, log);
  progress.finish(
    `${result.replaced ? "Replaced the graph database" : "Restored the graph database"} in ${dataDir} from ${result.file}. Start the server with npm start.`,
  );
}
