import { readFile } from "node:fs/promises";
import {
  DEFAULT_RASTER_SCALE,
  getExportFormat,
  readWireGraph,
  type ExportOutput,
  type ExportRequest,
  type ExportSource,
} from "../domain/export";
import {
  checkQueryParameters,
  openLocalExportService,
} from "../server/services/local-export-service";
import type { ExportCommand, GraphInput } from "./cli-args";
import type { ProgressLine } from "./progress-line";

/**
 * An export run here, against Neo4j opened with the server's own settings and start-up path
 * (embedded unless NEO4J_URI is set; schema and seed as `npm start` applies them).
 */

async function readSource(input: GraphInput): Promise<ExportSource> {
  if (input.kind === "query") {
    const params =
      input.params === null
        ? { given: "object" as const, value: {} }
        : { given: "text" as const, text: input.params };
    checkQueryParameters(params);
    return { kind: "query", query: input.query, params };
  }
  if (input.kind === "nodes") return { kind: "nodes", ids: input.ids };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(input.file, "utf8"));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not read the graph in ${input.file}: ${why}`, { cause: error });
  }
  return { kind: "graph", graph: readWireGraph(parsed), display: null };
}

export function exportRequestOf(command: ExportCommand, source: ExportSource): ExportRequest {
  return {
    format: getExportFormat(command.format),
    source,
    title: command.title,
    focus: command.focus,
    part: null,
    scale: command.scale ?? DEFAULT_RASTER_SCALE,
    withSources: command.withSources,
    asOf: command.asOf,
    changes: null,
  };
}

/** Runs the export and hands its output to `write` while Neo4j is still open. */
export async function exportLocally(
  command: ExportCommand,
  progress: ProgressLine,
  write: (output: ExportOutput) => Promise<void>,
): Promise<{ nodes: number; relationships: number }> {
  const request = exportRequestOf(command, await readSource(command.input));
  const service = await openLocalExportService((stage) => progress.stage(stage));
  try {
    const result = await service.run(request, { onProgress: (stage) => progress.stage(stage) });
    await write(result.output);
    return { nodes: result.nodeCount, relationships: result.edgeCount };
  } finally {
    await service.close();
  }
}
