import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Driver } from "neo4j-driver";
import { EXPORT_FORMATS } from "../../domain/export";
import { ChromiumRenderer, ChromiumUnavailableError, findChromium } from "../export/chromium";
import { readExportLimits } from "../export/export-limits";
import { readExportRequest } from "../export/export-request";
import { runExport } from "../export/export-service";
import type { ExportFile } from "../export/render-export";
import { ApiError } from "../query/query-errors";

/**
 * POST /api/export { format, query? + params?, nodes?, graph? + display?, title?, focus?,
 * part?, scale?, withSources? }: the file, with its Content-Type and a Content-Disposition
 * naming it. CSV is two files: without `part` they come together as one JSON object
 * { "nodes.csv": text, "relationships.csv": text, importCommand }; with `part: "nodes"` or
 * `"relationships"` one file comes as text/csv. GET /api/export/formats lists the formats and
 * whether this server can make PDF and PNG (it needs Chromium).
 */

const EXPORT_BODY_LIMIT = 64 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** The exporters yield many small pieces; the socket wants fewer, larger ones. */
function* batched(pieces: Iterable<string>): Generator<string, void, undefined> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK_BYTES) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  reply.header("content-type", file.contentType);
  reply.header("content-disposition", contentDisposition(file.fileName));
  if (Buffer.isBuffer(file.body)) return reply.send(file.body);
  return reply.send(Readable.from(batched(file.body)));
}

function joined(file: ExportFile): string {
  return Buffer.isBuffer(file.body) ? file.body.toString("utf8") : [...file.body].join("");
}

function renderError(error: unknown): unknown {
  if (error instanceof ChromiumUnavailableError) {
    return new ApiError(501, "Ownergraph.ChromiumUnavailable", error.message);
  }
  if (error instanceof RangeError) {
    return new ApiError(413, "Ownergraph.ExportTooLarge", error.message);
  }
  return error;
}

export function registerExportRoute(
  app: FastifyInstance,
  deps: { driver: Driver; database: string | undefined },
): void {
  const limits = readExportLimits();
  let renderer: ChromiumRenderer | null = null;
  const chromium = () => (renderer ??= new ChromiumRenderer());
  app.addHook("onClose", async () => {
    await renderer?.close();
  });

  app.get("/api/export/formats", async () => ({
    formats: EXPORT_FORMATS.map((format) => ({
      ...format,
      available: (format.id !== "pdf" && format.id !== "png") || findChromium() !== null,
    })),
    limits,
  }));

  app.post("/api/export", { bodyLimit: EXPORT_BODY_LIMIT }, async (request, reply) => {
    const exportRequest = readExportRequest(request.body, limits.data.maxNodes);
    const controller = new AbortController();
    reply.raw.on("close", () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    let result;
    try {
      result = await runExport(
        { driver: deps.driver, database: deps.database, limits, chromium },
        exportRequest,
        controller.signal,
      );
    } catch (error) {
      throw renderError(error);
    }
    const { output } = result;
    reply.header("x-ownergraph-nodes", String(result.nodeCount));
    reply.header("x-ownergraph-relationships", String(result.edgeCount));
    if (output.kind === "file") return sendFile(reply, output.file);
    if (exportRequest.part === "nodes") return sendFile(reply, output.nodes);
    if (exportRequest.part === "relationships") return sendFile(reply, output.relationships);
    reply.header("content-disposition", contentDisposition(`${output.nodes.fileName}.json`));
    return {
      "nodes.csv": joined(output.nodes),
      "relationships.csv": joined(output.relationships),
      importCommand: output.importCommand,
    };
  });
}
