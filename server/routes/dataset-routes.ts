import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyRequest } from "fastify";
import multipart from "@fastify/multipart";
import {
  DatasetIdError,
  checkDatasetId,
  datasetIdFromFileName,
  type ImportFile,
} from "../../domain/ingest";
import type { ImportJobAnswer } from "../../domain/wire/dataset-api-types";
import type { AuditLog } from "../http/audit-log";
import { ImportRequestError, chooseImportFormat } from "../ingest/choose-import-format";
import { DatasetRemovalError } from "../ingest/datasets";
import { ImportBusyError, ImportJobs, type ImportJob } from "../ingest/import-jobs";
import { localImportFile } from "../ingest/read/local-file";
import { ApiError } from "../query/query-errors";
import type { ImportService } from "../services/import-service";
import { DATASET_SCHEMA, NO_QUERY } from "../http/request-schemas";

/**
 * The datasets API. GET /api/datasets: the datasets, the formats, the import running now.
 * POST /api/datasets (multipart: `file` parts, and the fields `dataset`, `format`, `title`,
 * `dryRun`, `mapping`): saves the upload, starts the import, answers 202 with its job; the
 * import then runs in the background. GET /api/datasets/:id: the dataset and its last import
 * (progress, report). DELETE /api/datasets/:id removes it. Imports and removals need an editor.
 */

export interface DatasetRouteOptions {
  /** Largest upload, all files together, in bytes. */
  maxUploadBytes: number;
}

const MAX_FILES = 20;
/** The text fields an upload may carry besides its `file` parts (and the `mapping` file). */
const UPLOAD_FIELDS = ["dataset", "format", "title", "dryRun", "mapping"] as const;
const UPLOAD_PARTS = `the files as parts named "file" and the fields ${UPLOAD_FIELDS.map((name) => `"${name}"`).join(", ")}`;

/** A multipart part no import reads: refused rather than ignored, so a typo is not silent. */
function checkPartName(name: string, kind: "field" | "file"): void {
  const known: readonly string[] = kind === "file" ? ["file", "mapping"] : UPLOAD_FIELDS;
  if (!known.includes(name)) {
    throw new ApiError(
      400,
      "Ownergraph.BadImportRequest",
      `The upload has an unknown ${kind} part "${name}": POST /api/datasets takes ${UPLOAD_PARTS}.`,
    );
  }
}

function requireEditor(request: FastifyRequest, what: string): void {
  if (request.ownergraphRole !== "editor") {
    throw new ApiError(
      403,
      "Ownergraph.EditorOnly",
      `Only an editor may ${what}: sign in with the editor's access token.`,
    );
  }
}

interface Upload {
  folder: string;
  files: ImportFile[];
  fields: Record<string, string>;
}

/** Streams each file part to a temporary folder: memory stays flat whatever the size. */
async function receiveUpload(request: FastifyRequest): Promise<Upload> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-upload-"));
  const files: ImportFile[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      checkPartName(part.fieldname, part.type === "field" ? "field" : "file");
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname === "mapping") {
        fields["mapping"] = (await part.toBuffer()).toString("utf8");
        continue;
      }
      const name = path.basename(part.filename || `file-${String(files.length + 1)}`);
      const saved = path.join(folder, `${String(files.length)}-${name}`);
      await pipeline(part.file, createWriteStream(saved));
      if (part.file.truncated) {
        throw new ApiError(
          413,
          "Ownergraph.UploadTooLarge",
          `${name} is larger than this server accepts for an upload. Import it with ` +
            "`npx ownergraph import` on the server's machine, or raise OWNERGRAPH_IMPORT_MAX_BYTES.",
        );
      }
      files.push(await localImportFile(saved, name));
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { folder, files, fields };
}

function jobAnswer(job: ImportJob | undefined): ImportJobAnswer | null {
  if (job === undefined) return null;
  const { outcome, ...rest } = job;
  return {
    ...rest,
    status: outcome?.status ?? null,
    counts: outcome?.counts ?? null,
  };
}

export async function registerDatasetRoutes(
  app: FastifyInstance,
  service: ImportService,
  audit: AuditLog,
  options: DatasetRouteOptions,
): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes, files: MAX_FILES, fields: 20 },
  });
  const jobs = new ImportJobs();

  app.get("/api/datasets", { schema: NO_QUERY }, async () => ({
    datasets: await service.list(),
    formats: service.formats(),
    running: jobAnswer(jobs.current() ?? undefined),
  }));

  app.get<{ Params: { id: string } }>(
    "/api/datasets/:id",
    { schema: DATASET_SCHEMA },
    async (request) => {
      const { id } = request.params;
      const dataset = (await service.list()).find((record) => record.id === id) ?? null;
      const job = jobs.get(id);
      if (dataset === null && job === undefined) {
        throw new ApiError(404, "Ownergraph.DatasetNotFound", `There is no dataset "${id}".`);
      }
      return { dataset, import: jobAnswer(job) };
    },
  );

  app.post("/api/datasets", { schema: NO_QUERY }, async (request, reply) => {
    requireEditor(request, "import data");
    if (!request.isMultipart()) {
      throw new ApiError(
        415,
        "Ownergraph.MultipartExpected",
        "Send the files as multipart/form-data, each in a part named `file`.",
      );
    }
    const upload = await receiveUpload(request);
    const cleanup = () => rm(upload.folder, { recursive: true, force: true });
    try {
      const [first] = upload.files;
      if (first === undefined) {
        throw new ApiError(400, "Ownergraph.NoFile", "The upload holds no file to import.");
      }
      const { dataset, format, title, dryRun, mapping } = upload.fields;
      const datasetId = checkDatasetId(dataset ?? datasetIdFromFileName(first.name));
      const chosen = await chooseImportFormat(upload.files, format || undefined);
      const job = jobs.start(
        datasetId,
        (onProgress) =>
          service.importFiles({
            files: upload.files,
            format: chosen,
            datasetId,
            title: title || undefined,
            options: mapping === undefined ? {} : { mapping },
            dryRun: dryRun === "true",
            onProgress,
          }),
        cleanup,
      );
      job.format = { id: chosen.id, label: chosen.label };
      audit.record(request, {
        event: "import",
        dataset: datasetId,
        files: upload.files.map((file) => file.name),
      });
      return reply.code(202).send({ import: jobAnswer(job) });
    } catch (error) {
      await cleanup();
      if (error instanceof ImportBusyError) {
        throw new ApiError(409, "Ownergraph.ImportRunning", error.message);
      }
      if (error instanceof ImportRequestError || error instanceof DatasetIdError) {
        throw new ApiError(400, "Ownergraph.BadImportRequest", error.message);
      }
      throw error;
    }
  });

  app.delete<{ Params: { id: string } }>(
    "/api/datasets/:id",
    { schema: DATASET_SCHEMA },
    async (request) => {
      requireEditor(request, "remove a dataset");
      const { id } = request.params;
      if (jobs.current()?.datasetId === id) {
        throw new ApiError(
          409,
          "Ownergraph.ImportRunning",
          `${id} is being imported: wait until the import is over, then remove it.`,
        );
      }
      try {
        const removed = await service.remove(id);
        audit.record(request, { event: "dataset-removal", dataset: id });
        return { removed };
      } catch (error) {
        if (error instanceof DatasetRemovalError) {
          throw new ApiError(
            error.reason === "seed" ? 409 : 404,
            error.reason === "seed" ? "Ownergraph.SeedIsFixed" : "Ownergraph.DatasetNotFound",
            error.message,
          );
        }
        if (error instanceof DatasetIdError) {
          throw new ApiError(400, "Ownergraph.BadDatasetId", error.message);
        }
        throw error;
      }
    },
  );
}
