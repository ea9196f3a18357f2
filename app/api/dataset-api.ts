/** The datasets endpoints (server/routes/dataset-routes.ts), typed. */
import type {
  DatasetResponse,
  DatasetsResponse,
  ImportStartedResponse,
} from "../../domain/wire/dataset-api-types";
import type { DatasetSummary } from "../../domain/wire/dataset-summary-types";
import { deleteJson, getJson, postForm } from "./api-client";

const datasetPath = (id: string) => `/api/datasets/${encodeURIComponent(id)}`;

export function fetchDatasets(signal?: AbortSignal): Promise<DatasetsResponse> {
  return getJson("/api/datasets", signal);
}

export function fetchDataset(id: string, signal?: AbortSignal): Promise<DatasetResponse> {
  return getJson(datasetPath(id), signal);
}

export interface ImportRequest {
  files: readonly File[];
  /** A CSV mapping file, sent as the `mapping` part. */
  mapping?: File | undefined;
  dataset?: string | undefined;
  title?: string | undefined;
}

/** Uploads the files and starts their import; the answer is the job (state "running"). */
export function startImport(request: ImportRequest): Promise<ImportStartedResponse> {
  const form = new FormData();
  if (request.dataset) form.append("dataset", request.dataset);
  if (request.title) form.append("title", request.title);
  // The fields come before the files, so the server has them when the files stream in.
  if (request.mapping) form.append("mapping", request.mapping, request.mapping.name);
  for (const file of request.files) form.append("file", file, file.name);
  return postForm("/api/datasets", form);
}

export function removeDataset(
  id: string,
): Promise<{ removed: { relationships: number; nodes: number } }> {
  return deleteJson(datasetPath(id));
}

/** The dataset's summary for the start page of a large graph. */
export function fetchDatasetSummary(id: string, signal?: AbortSignal): Promise<DatasetSummary> {
  return getJson(`${datasetPath(id)}/summary`, signal);
}
