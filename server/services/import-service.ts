/**
 * Imports and datasets, for POST/GET/DELETE /api/datasets and the `ownergraph import` and
 * `ownergraph datasets` commands alike. Imports are a narrow write path of their own: they write
 * only through the dataset writer, whatever the console's read-only setting.
 */
import type { Driver } from "neo4j-driver";
import type { ImportFile } from "../../domain/ingest";
import { prepareDatabase } from "../boot";
import { loadConfig } from "../config";
import { listDatasets, removeDataset, type DatasetRecord } from "../ingest/datasets";
import { IMPORT_FORMATS } from "../ingest/import-formats";
import { localImportFile } from "../ingest/read/local-file";
import {
  runDatasetImport,
  type DatasetImportOutcome,
  type DatasetImportRequest,
} from "../ingest/run-dataset-import";

import { runBulkImport, type BulkImportTimings } from "../ingest/bulk/run-bulk-import";

export type { DatasetRecord } from "../ingest/datasets";
export { BulkImportError } from "../ingest/bulk/bulk-store";
export type { BulkImportTimings } from "../ingest/bulk/run-bulk-import";
export { DatasetRemovalError } from "../ingest/datasets";
export { ImportRequestError } from "../ingest/choose-import-format";
export { ImportTooLargeError } from "../ingest/import-memory-error";
export type { DatasetImportOutcome, DatasetImportRequest } from "../ingest/run-dataset-import";

export interface ImportService {
  formats(): { id: string; label: string }[];
  importFiles(request: DatasetImportRequest): Promise<DatasetImportOutcome>;
  list(): Promise<DatasetRecord[]>;
  remove(id: string): Promise<{ relationships: number; nodes: number }>;
  close(): Promise<void>;
}

export function createImportService(
  driver: Driver,
  database: string | undefined,
  close: () => Promise<void> = () => Promise.resolve(),
): ImportService {
  return {
    formats: () => IMPORT_FORMATS.map(({ id, label }) => ({ id, label })),
    importFiles: (request) => runDatasetImport(driver, database, request),
    list: () => listDatasets(driver, database),
    remove: (id) => removeDataset(driver, database, id),
    close,
  };
}

/** Files on disk, for an import. */
export function filesFromPaths(paths: readonly string[]): Promise<ImportFile[]> {
  return Promise.all(paths.map((filePath) => localImportFile(filePath)));
}

/**
 * The import service over Neo4j opened in this process, with the server's own settings and
 * start-up path (embedded unless NEO4J_URI is set): `ownergraph import` without --server.
 */
export async function openLocalImportService(
  onProgress: (stage: string) => void,
): Promise<ImportService> {
  const config = loadConfig();
  onProgress(config.neo4j.kind === "embedded" ? "starting the embedded Neo4j" : "connecting");
  const connection = await prepareDatabase(config, (line) =>
    onProgress(line.replace(/[.…]+$/, "")),
  );
  return createImportService(connection.driver, connection.database, () => connection.close());
}

/**
 * `ownergraph import --bulk`: the first load of the empty, stopped embedded store the server's
 * settings name (OWNERGRAPH_NEO4J_DIR), through neo4j-admin; the store is opened once (schema,
 * seed) and closed again.
 */
export async function bulkImportFiles(
  request: DatasetImportRequest,
  onStage: (stage: string) => void,
): Promise<{ outcome: DatasetImportOutcome; timings: BulkImportTimings }> {
  const { outcome, timings, connection } = await runBulkImport(loadConfig(), request, (line) =>
    onStage(line.replace(/[.…]+$/, "")),
  );
  await connection?.close();
  return { outcome, timings };
}
