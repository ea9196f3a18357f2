/**
 * `ownergraph import --bulk`: a first load into an empty, stopped embedded store. The same
 * checks as the online import (nothing reaches the store when a file is rejected), the same
 * dataset writer producing the same rows, but its statements become neo4j-admin CSV files,
 * written in the same reading of the files that checks them;
 * then the real `neo4j-admin database import full` builds the store, and the embedded Neo4j
 * opens it and applies the schema and the seed as every start does, and summarises the dataset.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { prepareDatabase } from "../../boot";
import type { AppConfig } from "../../config";
import type { Neo4jConnection } from "../../neo4j/connection";
import {
  checkAndWriteImport,
  checkDatasetImport,
  type DatasetImportOutcome,
  type DatasetImportRequest,
} from "../run-dataset-import";
import { summariseDataset } from "../dataset-summary";
import { AdminCsvFiles } from "./admin-csv-files";
import { adminCsvTransaction } from "./admin-csv-transaction";
import { BulkImportError, checkBulkTarget, importCsvFiles } from "./bulk-store";

/** How long each stage took, in milliseconds. */
export interface BulkImportTimings {
  /** Reading the files once: every row checked, and written to the CSV files (a dry run: checked). */
  read: number;
  neo4jAdmin: number;
  open: number;
  /** The dataset's summary for the start page (counts by type, groups). */
  summary: number;
}

export interface BulkImportResult {
  outcome: DatasetImportOutcome;
  timings: BulkImportTimings;
  /** The opened store (schema applied, seed loaded); null for a dry run. The caller closes it. */
  connection: Neo4jConnection | null;
}

export async function runBulkImport(
  config: AppConfig,
  request: DatasetImportRequest,
  log: (line: string) => void = () => undefined,
): Promise<BulkImportResult> {
  if (config.neo4j.kind === "external") {
    throw new BulkImportError(
      `NEO4J_URI is set (${config.neo4j.uri}): --bulk builds the embedded store only. Import ` +
        "without --bulk, or run neo4j-admin database import on that Neo4j's own machine.",
    );
  }
  const { dataDir } = config.neo4j;
  await checkBulkTarget(dataDir);
  const timings: BulkImportTimings = { read: 0, neo4jAdmin: 0, open: 0, summary: 0 };
  let started = Date.now();
  if (request.dryRun === true) {
    const { dataset, counts, report } = await checkDatasetImport(request);
    timings.read = Date.now() - started;
    return { outcome: { dataset, status: "checked", counts, report }, timings, connection: null };
  }

  const folder = path.join(dataDir, "bulk-import");
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  try {
    // One reading checks and writes the CSV files; files with errors leave only CSV files,
    // removed below with their folder, and neo4j-admin never runs.
    log("checking the files and writing the CSV files for neo4j-admin");
    const files = new AdminCsvFiles(folder);
    let read: Awaited<ReturnType<typeof checkAndWriteImport>>;
    try {
      read = await checkAndWriteImport(adminCsvTransaction(files), request);
    } catch (error) {
      await files.close(); // its streams shut before the folder is removed
      throw error;
    }
    const written = await files.close();
    timings.read = Date.now() - started;
    const { dataset, report } = read.checked;
    const counts = read.written;

    started = Date.now();
    log("neo4j-admin database import full");
    await importCsvFiles(dataDir, written, path.join(folder, "import.report"), log);
    timings.neo4jAdmin = Date.now() - started;

    started = Date.now();
    log("opening the store and applying the schema");
    const connection = await prepareDatabase(config, log);
    timings.open = Date.now() - started;

    started = Date.now();
    log("summarising the dataset for the start page");
    try {
      await summariseDataset(connection.driver, connection.database, dataset.id);
    } catch (error) {
      await connection.close();
      throw error;
    }
    timings.summary = Date.now() - started;
    return { outcome: { dataset, status: "written", counts, report }, timings, connection };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
