import { openAsBlob } from "node:fs";
import {
  ImportRejectedError,
  type ImportFile,
  type ImportProgress,
  type ImportReport,
} from "../domain/ingest";
import type {
  DatasetImportOutcome,
  DatasetImportRequest,
  DatasetRecord,
  ImportService,
} from "../server/services/import-service";
import { apiErrorMessage } from "./api-error-message";

/**
 * `--server URL`: imports and datasets through a running Ownergraph's /api/datasets, for when
 * the server holds the embedded database. With OWNERGRAPH_TOKEN set, it signs in first (an
 * editor's token is needed to import or remove).
 */

export class ServerImportError extends Error {
  override readonly name = "ServerImportError";
}

interface ImportJobAnswer {
  state: "running" | "done" | "rejected" | "failed";
  progress: ImportProgress | null;
  status: DatasetImportOutcome["status"] | null;
  counts: DatasetImportOutcome["counts"] | null;
  report: ImportReport | null;
  error: string | null;
}

const POLL_MS = 300;

function descriptorOf(record: DatasetRecord | null, id: string): DatasetImportOutcome["dataset"] {
  return {
    id,
    title: record?.title ?? id,
    format: record?.format ?? "",
    version: record?.version ?? "",
    files: (record?.fileNames ?? []).map((name, index) => ({
      name,
      sha256: record?.fileChecksums[index] ?? "",
    })),
    publisher: record?.publisher ?? null,
    licence: record?.licence ?? null,
  };
}

export function serverImportService(server: string, token = process.env["OWNERGRAPH_TOKEN"]) {
  let cookie: string | null = null;

  async function call<T>(method: string, path: string, body?: FormData | string): Promise<T> {
    const url = new URL(path, server);
    const headers: Record<string, string> = {};
    if (cookie !== null) headers["cookie"] = cookie;
    if (typeof body === "string") headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body ?? null });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ServerImportError(
        `The Ownergraph server at ${url.origin} does not answer (${why}). Is it running?`,
      );
    }
    const text = await response.text();
    if (!response.ok) throw new ServerImportError(apiErrorMessage(response.status, text));
    const setCookie = response.headers.get("set-cookie");
    if (setCookie !== null) cookie = setCookie.split(";")[0] ?? null;
    return JSON.parse(text) as T;
  }

  async function signIn(): Promise<void> {
    if (token === undefined || token === "" || cookie !== null) return;
    await call("POST", "/api/sign-in", JSON.stringify({ token }));
  }

  async function upload(files: readonly ImportFile[], fields: Record<string, string>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files) {
      const blob = await openAsBlob(file.path ?? file.name);
      form.append("file", blob, file.name);
    }
    return form;
  }

  const service: ImportService = {
    formats: () => [],
    async importFiles(request: DatasetImportRequest): Promise<DatasetImportOutcome> {
      await signIn();
      const fields: Record<string, string> = { dataset: request.datasetId };
      if (typeof request.format === "string") fields["format"] = request.format;
      if (request.title !== undefined) fields["title"] = request.title;
      if (request.dryRun === true) fields["dryRun"] = "true";
      const mapping = request.options?.["mapping"];
      if (mapping !== undefined) fields["mapping"] = mapping;
      await call("POST", "/api/datasets", await upload(request.files, fields));
      const path = `/api/datasets/${encodeURIComponent(request.datasetId)}`;
      for (;;) {
        const { import: job, dataset } = await call<{
          import: ImportJobAnswer | null;
          dataset: DatasetRecord | null;
        }>("GET", path);
        if (job === null) throw new ServerImportError("The server lost track of the import.");
        if (job.progress !== null) request.onProgress?.(job.progress);
        if (job.state === "rejected" && job.report !== null) {
          throw new ImportRejectedError(job.report);
        }
        if (job.state === "failed") throw new ServerImportError(job.error ?? "The import failed.");
        if (job.state === "done" && job.status !== null && job.counts !== null) {
          return {
            dataset: descriptorOf(dataset, request.datasetId),
            status: job.status,
            counts: job.counts,
            report: job.report ?? { errors: [], errorCount: 0, warnings: [] },
          };
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    async list(): Promise<DatasetRecord[]> {
      await signIn();
      return (await call<{ datasets: DatasetRecord[] }>("GET", "/api/datasets")).datasets;
    },
    async remove(id: string) {
      await signIn();
      const answer = await call<{ removed: { relationships: number; nodes: number } }>(
        "DELETE",
        `/api/datasets/${encodeURIComponent(id)}`,
      );
      return answer.removed;
    },
    close: () => Promise.resolve(),
  };
  return service;
}
