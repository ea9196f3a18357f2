import { readFile } from "node:fs/promises";
import { getExportFormat, type ExportFile, type ExportOutput } from "../domain/export";
import { apiErrorMessage } from "./api-error-message";
import type { ExportCommand } from "./cli-args";
import type { ProgressLine } from "./progress-line";

/**
 * `--server URL`: the same export through a running Ownergraph's POST /api/export, for when
 * the server holds the embedded database (two processes cannot open one data folder).
 */

export class ServerExportError extends Error {
  override readonly name = "ServerExportError";
}

async function requestBody(command: ExportCommand): Promise<Record<string, unknown>> {
  const { input } = command;
  const body: Record<string, unknown> = {
    format: command.format,
    withSources: command.withSources,
    ...(command.title === null ? {} : { title: command.title }),
    ...(command.focus === null ? {} : { focus: command.focus }),
    ...(command.scale === null ? {} : { scale: command.scale }),
    ...(command.asOf === null ? {} : { asOf: command.asOf }),
  };
  if (input.kind === "query") {
    return {
      ...body,
      query: input.query,
      ...(input.params === null ? {} : { paramsText: input.params }),
    };
  }
  if (input.kind === "nodes") return { ...body, nodes: input.ids };
  const graph = JSON.parse(await readFile(input.file, "utf8")) as {
    nodes?: unknown;
    edges?: unknown;
  };
  return { ...body, graph: { nodes: graph.nodes, edges: graph.edges } };
}

interface Answer {
  file: ExportFile;
  /** For one part of a format with several files: the command that loads them all. */
  importCommand: string | null;
}

async function post(server: string, body: Record<string, unknown>): Promise<Answer> {
  const url = new URL("/api/export", server);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ServerExportError(
      `The Ownergraph server at ${url.origin} does not answer (${why}). Is it running?`,
    );
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    throw new ServerExportError(apiErrorMessage(response.status, bytes.toString("utf8")));
  }
  const part = typeof body.part === "string" ? body.part : null;
  return {
    file: {
      fileName: "",
      contentType: response.headers.get("content-type") ?? "",
      body: bytes,
      part,
    },
    importCommand: response.headers.get("x-ownergraph-import-command"),
  };
}

export async function exportThroughServer(
  command: ExportCommand,
  server: string,
  progress: ProgressLine,
): Promise<ExportOutput> {
  const body = await requestBody(command);
  progress.stage(`asking ${server}`);
  const { parts } = getExportFormat(command.format);
  if (parts.length === 0) return { files: [(await post(server, body)).file], importCommand: null };
  const answers: Answer[] = [];
  for (const { part } of parts) answers.push(await post(server, { ...body, part }));
  return {
    files: answers.map((answer) => answer.file),
    importCommand: answers[0]?.importCommand ?? null,
  };
}
