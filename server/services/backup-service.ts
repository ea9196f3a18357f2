import { existsSync } from "node:fs";
import { mkdtemp, rename, rm, stat, symlink } from "node:fs/promises";
import path from "node:path";
import { loadConfig } from "../config";
import { Neo4jAdminError, runNeo4jAdmin } from "../neo4j/neo4j-admin";

/**
 * Backups of the embedded store with Neo4j's own `neo4j-admin database dump` and `load`: what
 * `ownergraph backup` and `ownergraph restore` run. Both need the embedded Neo4j stopped
 * (Community cannot dump a database that is open); neo4j-admin checks the store lock, and a
 * store in use is reported as "stop the server first". Only the graph database is dumped: the
 * password file and the system database stay with the data folder.
 */

/** A backup or restore that cannot go ahead; the message says what to do. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

const DATABASE = "neo4j";
const DUMP_FILE = `${DATABASE}.dump`;

type Env = Record<string, string | undefined>;

/** The embedded data folder the server would use (OWNERGRAPH_NEO4J_DIR), or why there is none. */
export function embeddedDataDir(env: Env = process.env): string {
  const config = loadConfig(env);
  if (config.neo4j.kind === "external") {
    throw new BackupError(
      `NEO4J_URI is set (${config.neo4j.uri}): ownergraph backup and restore work on the embedded ` +
        "database only. Back that Neo4j up with its own tools (neo4j-admin database dump, or Aura's snapshots).",
    );
  }
  return config.neo4j.dataDir;
}

function hasDatabase(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "data", "databases", DATABASE));
}

/** neo4j-admin's failure, told as what the user can do about it. */
function explain(error: unknown, dataDir: string, action: string): Error {
  if (!(error instanceof Neo4jAdminError)) return error as Error;
  if (/in use|store_lock|database_lock|locked by another process/i.test(error.output)) {
    return new BackupError(
      `The embedded Neo4j in ${dataDir} is running (the server, \`npm start\`, or an export holds it), ` +
        `so it cannot be ${action}. Stop it (Ctrl-C in the terminal of \`npm start\`) and run this again.`,
    );
  }
  return error;
}

/** Default backup name: ownergraph-2026-11-29T05-40-00Z.dump in the current folder. */
export function defaultBackupFile(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  return path.resolve(`ownergraph-${stamp}.dump`);
}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Dumps the embedded graph database into `to` (written as a temporary file beside it and
 * renamed at the end, so a failed backup leaves no half-written file). Refuses to overwrite.
 */
export async function backupStore(
  dataDir: string,
  to: string,
  log: (line: string) => void = () => undefined,
): Promise<BackupResult> {
  const file = path.resolve(to);
  if (!hasDatabase(dataDir)) {
    throw new BackupError(
      `There is no embedded database in ${dataDir} yet: start Ownergraph once (npm start), or set OWNERGRAPH_NEO4J_DIR to the data folder to back up.`,
    );
  }
  if (existsSync(file)) {
    throw new BackupError(`${file} already exists: give --to another file name.`);
  }
  const folder = await mkdtemp(path.join(path.dirname(file), ".ownergraph-backup-"));
  try {
    try {
      await runNeo4jAdmin(dataDir, ["database", "dump", `--to-path=${folder}`, DATABASE], log);
    } catch (error) {
      throw explain(error, dataDir, "backed up");
    }
    await rename(path.join(folder, DUMP_FILE), file);
    return { file, bytes: (await stat(file)).size };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface RestoreResult {
  file: string;
  /** True when an existing database was replaced. */
  replaced: boolean;
}

/**
 * Loads a dump made by `backupStore` (or by `neo4j-admin database dump` of a Neo4j 5) into the
 * embedded data folder. The archive is checked first (`load --info`); an existing database is
 * replaced only with `replace`, so a restore never overwrites a graph by accident.
 */
export async function restoreStore(
  dataDir: string,
  from: string,
  replace: boolean,
  log: (line: string) => void = () => undefined,
): Promise<RestoreResult> {
  const file = path.resolve(from);
  if (!existsSync(file)) throw new BackupError(`There is no file ${file} to restore.`);
  const replacing = hasDatabase(dataDir);
  // neo4j-admin reads "<database>.dump" from a folder: link the backup there under that name.
  const folder = await mkdtemp(path.join(path.dirname(file), ".ownergraph-restore-"));
  try {
    await symlink(file, path.join(folder, DUMP_FILE));
    try {
      await runNeo4jAdmin(
        dataDir,
        ["database", "load", "--info", `--from-path=${folder}`, DATABASE],
        log,
      );
    } catch (error) {
      if (!(error instanceof Neo4jAdminError)) throw error;
      throw new BackupError(
        `${file} is not a Neo4j database dump that this Neo4j can read (neo4j-admin: ${lastLine(error.output)}).`,
      );
    }
    if (replacing && !replace) {
      throw new BackupError(
        `${dataDir} already holds a graph database. Add --replace to replace it with ${file} ` +
          "(make a backup of it first with `ownergraph backup` if you may want it back).",
      );
    }
    try {
      await runNeo4jAdmin(
        dataDir,
        ["database", "load", `--from-path=${folder}`, "--overwrite-destination=true", DATABASE],
        log,
      );
    } catch (error) {
      throw explain(error, dataDir, "replaced");
    }
    return { file, replaced: replacing };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function lastLine(output: string): string {
  const lines = output.trim().split("\n");
  return (lines[lines.length - 1] ?? "").trim() || "no output";
}
