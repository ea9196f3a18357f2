import { readFile } from "node:fs/promises";
import type { ExportFile, ExportOutput } from "../server/export/render-export";
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

async function post(server: string, body: Record<string, unknown>): Promise<ExportFile> {
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
    let message = `The server answered ${response.status}.`;
    try {
      message = (JSON.parse(bytes.toString("utf8")) as { error: { message: string } }).error
        .message;
    } catch {
      // Not an API error body: keep the status.
    }
    throw new ServerExportError(message);
  }
  return {
    fileName: "",
    contentType: response.headers.get("content-type") ?? "",
    body: bytes,
  };
}

export async function exportThroughServer(
  command: ExportCommand,
  server: string,
  progress: ProgressLine,
): Promise<ExportOutput> {
  const body = await requestBody(command);
  progress.stage(`asking ${server}`);
  if (command.format !== "csv") return { kind: "file", file: await post(server, body) };
  const nodes = await post(server, { ...body, part: "nodes" });
  const relationships = await post(server, { ...body, part: "relationships" });
  return {
    kind: "csv",
    nodes,
    relationships,
    importCommand:
      "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j",
  };
}
