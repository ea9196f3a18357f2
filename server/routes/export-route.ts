import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import { ExportRequestError, type ExportFile, type ExportRequest } from "../../domain/export";
import { ChromiumUnavailableError } from "../export/chromium";
import { ApiError } from "../query/query-errors";
import type { ExportService } from "../services/export-service";
import { EXPORT_SCHEMA, NO_QUERY } from "../http/request-schemas";

/**
 * POST /api/export { format, query? + params?, nodes?, graph? + display?, title?, focus?,
 * part?, scale?, withSources? }: the file, with its Content-Type and a Content-Disposition
 * naming it. A format with several files (CSV) answers, without `part`, one JSON object
 * { "nodes.csv": text, "relationships.csv": text, importCommand }; with `part: "nodes"` or
 * `"relationships"` one file as text/csv, and the import command in the header
 * x-ownergraph-import-command. GET /api/export/formats lists the formats and
 * whether this server can make the ones that need Chromium (PDF and PNG).
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
  const { body } = file;
  if (body instanceof Uint8Array) {
    return reply.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  }
  return reply.send(Readable.from(batched(body)));
}

function joined(file: ExportFile): string {
  const { body } = file;
  return body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : [...body].join("");
}

/** An export failure as the HTTP answer it deserves. */
function httpError(error: unknown): unknown {
  if (error instanceof ExportRequestError) {
    return new ApiError(
      error.code === "Ownergraph.ExportTooLarge" ? 413 : 400,
      error.code,
      error.message,
    );
  }
  if (error instanceof ChromiumUnavailableError) {
    return new ApiError(501, "Ownergraph.ChromiumUnavailable", error.message);
  }
  if (error instanceof RangeError) {
    return new ApiError(413, "Ownergraph.ExportTooLarge", error.message);
  }
  return error;
}

export function registerExportRoute(app: FastifyInstance, service: ExportService): void {
  app.addHook("onClose", async () => {
    await service.close();
  });

  app.get("/api/export/formats", { schema: NO_QUERY }, async () => ({
    formats: service.formats(),
    limits: service.limits,
  }));

  app.post(
    "/api/export",
    { bodyLimit: EXPORT_BODY_LIMIT, schema: EXPORT_SCHEMA },
    async (request, reply) => {
      let exportRequest: ExportRequest;
      try {
        exportRequest = service.readRequest(request.body);
      } catch (error) {
        throw httpError(error);
      }
      const controller = new AbortController();
      reply.raw.on("close", () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      let result;
      try {
        result = await service.run(exportRequest, { signal: controller.signal });
      } catch (error) {
        throw httpError(error);
      }
      const { files, importCommand } = result.output;
      reply.header("x-ownergraph-nodes", String(result.nodeCount));
      reply.header("x-ownergraph-relationships", String(result.edgeCount));
      const [first] = files;
      if (files.length === 1 && first !== undefined) return sendFile(reply, first);
      const asked = files.find((file) => file.part !== null && file.part === exportRequest.part);
      if (asked !== undefined) {
        if (importCommand !== null) reply.header("x-ownergraph-import-command", importCommand);
        return sendFile(reply, asked);
      }
      reply.header(
        "content-disposition",
        contentDisposition(`${first?.fileName ?? "export"}.json`),
      );
      const texts = files.map((file) => {
        const part = exportRequest.format.parts.find((candidate) => candidate.part === file.part);
        return [part?.fileName ?? file.fileName, joined(file)];
      });
      return { ...Object.fromEntries(texts), importCommand };
    },
  );
}
