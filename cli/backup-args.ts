import { parseArgs } from "node:util";
import { UsageError } from "./cli-args";

/** `ownergraph backup [--to FILE]` and `ownergraph restore FILE [--replace]`, read. */

export type BackupCommand =
  | { command: "backup"; to: string | null }
  | { command: "restore"; from: string; replace: boolean }
  | { command: "help"; topic: "backup" };

export function isBackupCommand(name: string | undefined): name is "backup" | "restore" {
  return name === "backup" || name === "restore";
}

export function parseBackupCommandLine(
  command: "backup" | "restore",
  rest: readonly string[],
): BackupCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: command === "restore",
      options: {
        to: { type: "string", short: "o" },
        replace: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", topic: "backup" };
  if (command === "backup") {
    if (values.replace) throw new UsageError("--replace goes with restore, not backup.");
    if (values.to === "") throw new UsageError("--to is empty: give the backup's file name.");
    return { command: "backup", to: values.to ?? null };
  }
  if (values.to !== undefined) {
    throw new UsageError("restore reads the file it is given: ownergraph restore FILE.");
  }
  const [from, ...extra] = positionals;
  if (from === undefined || extra.length > 0) {
    throw new UsageError("Say which backup to restore, once: ownergraph restore FILE [--replace].");
  }
  return { command: "restore", from, replace: values.replace ?? false };
}

export const BACKUP_HELP = `Usage: ownergraph backup [--to FILE]
       ownergraph restore FILE [--replace]

Backs up the embedded Neo4j's graph database (OWNERGRAPH_NEO4J_DIR, default .neo4j) into one
file with Neo4j's own neo4j-admin database dump, and loads such a file back with neo4j-admin
database load. Stop the server first (Ctrl-C in the terminal of \`npm start\`): Neo4j Community
cannot dump or replace a database that is open, and both commands refuse while it is.

  backup  -o, --to FILE   where to write the backup (default: ownergraph-<UTC time>.dump in the
                          current folder); an existing file is never overwritten
  restore FILE            the backup to load
          --replace       replace the graph already in the data folder (without it, restore
                          only fills an empty data folder)

With NEO4J_URI set, use that Neo4j's own tools instead (neo4j-admin, Aura's snapshots).

Exit codes: 0 done; 1 it failed (message on stderr); 2 a usage mistake.
`;
