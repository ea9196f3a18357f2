/**
 * What the datasets API (server/routes/dataset-routes.ts) answers: the datasets the database
 * holds, and the import running or last run for each (progress, then the report or the outcome).
 */
import type { DatasetCounts } from "../ingest/dataset";
import type { ImportProgress } from "../ingest/import-progress";
import type { ImportReport } from "../ingest/import-problems";

export interface DatasetRecord {
  id: string;
  title: string;
  format: string;
  version: string;
  fileNames: string[];
  fileChecksums: string[];
  publisher: string | null;
  licence: string | null;
  importedAt: string;
  sources: number;
  entities: number;
  relationships: number;
  citations: number;
}

export type ImportJobState = "running" | "done" | "rejected" | "failed";

/** One import as the API shows it. */
export interface ImportJobAnswer {
  datasetId: string;
  /** The format named or detected, once the server has chosen it. */
  format: { id: string; label: string } | null;
  state: ImportJobState;
  startedAt: string;
  finishedAt: string | null;
  progress: ImportProgress | null;
  /** The problems found, when rejected (or the warnings of a finished one). */
  report: ImportReport | null;
  /** Why it failed or was rejected, in a sentence. */
  error: string | null;
  /** `checked`: a dry run; `unchanged`: the database already held this version. */
  status: "written" | "unchanged" | "checked" | null;
  counts: DatasetCounts | null;
}

/** GET /api/datasets */
export interface DatasetsResponse {
  datasets: DatasetRecord[];
  formats: { id: string; label: string }[];
  running: ImportJobAnswer | null;
}

/** GET /api/datasets/:id */
export interface DatasetResponse {
  dataset: DatasetRecord | null;
  import: ImportJobAnswer | null;
}

/** POST /api/datasets (202) */
export interface ImportStartedResponse {
  import: ImportJobAnswer;
}
