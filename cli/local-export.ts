import { readFile } from "node:fs/promises";
import { prepareDatabase } from "../server/boot";
import { loadConfig } from "../server/config";
import { ChromiumRenderer } from "../server/export/chromium";
import { readExportLimits } from "../server/export/export-limits";
import type { ExportRequest, ExportSource } from "../server/export/export-request";
import { runExport } from "../server/export/export-service";
import type { ExportOutput } from "../server/export/render-export";
import { readWireGraph } from "../server/export/wire-input";
import { readConsoleParams } from "../server/query/console-params";
import type { ExportCommand, GraphInput } from "./cli-args";
import type { ProgressLine } from "./progress-line";

/**
 * An export run here, against Neo4j opened with the server's own settings and start-up path
 * (embedded unless NEO4J_URI is set; schema and seed as `npm start` applies them).
 */

async function readSource(input: GraphInput): Promise<ExportSource> {
  if (input.kind === "query") {
    const params = input.params === null ? {} : readConsoleParams(undefined, input.params);
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
    format: command.format,
    source,
    title: command.title,
    focus: command.focus,
    part: null,
    scale: command.scale ?? 2,
    withSources: command.withSources,
  };
}

/** Runs the export and hands its output to `write` while Neo4j is still open. */
export async function exportLocally(
  command: ExportCommand,
  progress: ProgressLine,
  write: (output: ExportOutput) => Promise<void>,
): Promise<{ nodes: number; relationships: number }> {
  const source = await readSource(command.input);
  const config = loadConfig();
  const limits = readExportLimits();
  progress.stage(config.neo4j.kind === "embedded" ? "starting the embedded Neo4j" : "connecting");
  const connection = await prepareDatabase(config, (line) =>
    progress.stage(line.replace(/[.…]+$/, "")),
  );
  const renderer = new ChromiumRenderer();
  try {
    const result = await runExport(
      {
        driver: connection.driver,
        database: connection.database,
        limits,
        chromium: () => renderer,
        onProgress: (stage) => progress.stage(stage),
      },
      exportRequestOf(command, source),
    );
    await write(result.output);
    return { nodes: result.nodeCount, relationships: result.edgeCount };
  } finally {
    await renderer.close();
    await connection.close();
  }
}
