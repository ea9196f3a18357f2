/**
 * The embedded store a bulk import writes into: it must be stopped and hold no graph database
 * yet (neo4j-admin's `database import full` builds a new store; it cannot add to one). Then the
 * real neo4j-admin imports the CSV files into the default database, `neo4j` (Community imports
 * into no other).
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Neo4jAdminError, runNeo4jAdmin } from "../../neo4j/neo4j-admin";
import type { AdminCsvFile } from "./admin-csv-files";
import { BULK_ARRAY_DELIMITER } from "./admin-csv-transaction";

/** A bulk import that cannot go ahead here; the message says why and what to do instead. */
export class BulkImportError extends Error {
  override readonly name = "BulkImportError";
}

const DATABASE = "neo4j";

function databaseFolders(dataDir: string): string[] {
  return [
    path.join(dataDir, "data", "databases", DATABASE),
    path.join(dataDir, "data", "transactions", DATABASE),
  ];
}

/** Refuses a store that is running or already holds a graph database. */
export async function checkBulkTarget(dataDir: string): Promise<void> {
  const [store] = databaseFolders(dataDir);
  if (store === undefined || !existsSync(store)) return;
  let running: boolean;
  try {
    const info = await runNeo4jAdmin(dataDir, ["database", "info", DATABASE]);
    running = /Database in use:\s*true/i.test(info);
  } catch (error) {
    if (!(error instanceof Neo4jAdminError)) throw error;
    running = /in use|lock/i.test(error.output);
  }
  if (running) {
    throw new BulkImportError(
      `The embedded Neo4j in ${dataDir} is running (the server, \`npm start\`, or another ` +
        "command holds it), and a bulk import writes a store while Neo4j is stopped. Stop it " +
        "(Ctrl-C in the terminal of `npm start`), or import online into the running server: " +
        "ownergraph import FILE --server URL (or without --bulk).",
    );
  }
  throw new BulkImportError(
    `${dataDir} already holds a graph database, and a bulk import only builds a new one (it ` +
      "cannot add to a graph). Import without --bulk to add this dataset to it, or set " +
      "OWNERGRAPH_NEO4J_DIR to an empty folder for a new store.",
  );
}

/**
 * Runs `neo4j-admin database import full` on the files. On failure the half-built database is
 * removed (there was none before: checkBulkTarget saw to that), and the error keeps
 * neo4j-admin's own words.
 */
export async function importCsvFiles(
  dataDir: string,
  files: readonly AdminCsvFile[],
  reportFile: string,
  log: (line: string) => void,
): Promise<string> {
  const args = [
    "database",
    "import",
    "full",
    ...files.map((file) => `--${file.kind}=${file.path}`),
    `--array-delimiter=${BULK_ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    `--report-file=${reportFile}`,
    DATABASE,
  ];
  try {
    return await runNeo4jAdmin(dataDir, args, log);
  } catch (error) {
    for (const folder of databaseFolders(dataDir))
      await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
