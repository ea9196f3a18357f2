import {
  csvPairChunks,
  cypherScriptChunks,
  exportHtmlReport,
  exportSvg,
  gexfChunks,
  getExportFormat,
  graphmlChunks,
  jsonChunks,
  type ExportFormatId,
  type OwnershipChainInput,
  type SourceRecord,
} from "../../domain/export";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { autoPicture } from "./auto-picture";
import type { ChromiumRenderer } from "./chromium";
import type { ExportDisplayState } from "./export-request";

/**
 * Turns a graph into the file of one format. Text formats come as pieces (generators), so a
 * large export streams to the socket or the disk without one big string; PNG and PDF as bytes.
 * CSV is a pair of files.
 */

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Iterable<string> | Buffer;
}

export type ExportOutput =
  | { kind: "file"; file: ExportFile }
  | { kind: "csv"; nodes: ExportFile; relationships: ExportFile; importCommand: string };

export interface RenderInput {
  format: ExportFormatId;
  graph: WireGraph;
  /** The file name without extension. */
  baseName: string;
  title: string;
  /** How the canvas draws the graph; null draws it in layers (see auto-picture.ts). */
  picture: ExportDisplayState | null;
  chains: readonly OwnershipChainInput[];
  sources: readonly SourceRecord[];
  /** PNG: device pixels per picture pixel. */
  scale: number;
  /** Needed for PNG and PDF only. */
  chromium: () => ChromiumRenderer;
  /** The report's date; default today. */
  date?: string;
}

/** A file name from a title: letters (any script), digits and hyphens. */
export function fileBaseName(title: string): string {
  const slug = title
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return slug === "" ? "ownergraph-export" : slug;
}

function pictureOf(input: RenderInput): ExportDisplayState {
  return input.picture ?? autoPicture(input.graph);
}

function textFile(format: ExportFormatId, baseName: string, body: Iterable<string>): ExportFile {
  const { extension, mimeType } = getExportFormat(format);
  return { fileName: `${baseName}.${extension}`, contentType: `${mimeType}; charset=utf-8`, body };
}

function report(input: RenderInput): string {
  return exportHtmlReport({
    title: input.title,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    graph: input.graph,
    picture: pictureOf(input),
    chains: input.chains,
    sources: input.sources,
  });
}

export async function renderExport(input: RenderInput): Promise<ExportOutput> {
  const { format, graph, baseName } = input;
  const description = { description: input.title };
  const one = (body: Iterable<string>): ExportOutput => ({
    kind: "file",
    file: textFile(format, baseName, body),
  });
  switch (format) {
    case "graphml":
      return one(graphmlChunks(graph, description));
    case "gexf":
      return one(gexfChunks(graph, description));
    case "json":
      return one(jsonChunks(graph, { attributes: { title: input.title } }));
    case "cypher":
      return one(cypherScriptChunks(graph));
    case "csv": {
      const pair = csvPairChunks(graph);
      const csv = (part: string, body: Iterable<string>): ExportFile => ({
        fileName: `${baseName}-${part}.csv`,
        contentType: "text/csv; charset=utf-8",
        body,
      });
      return {
        kind: "csv",
        nodes: csv("nodes", pair.nodes),
        relationships: csv("relationships", pair.relationships),
        importCommand: pair.importCommand,
      };
    }
    case "svg":
      return one([exportSvg({ graph, ...pictureOf(input) })]);
    case "html":
      return one([report(input)]);
    case "pdf": {
      const bytes = await input.chromium().pdf(report(input));
      return { kind: "file", file: binaryFile(format, baseName, bytes) };
    }
    case "png": {
      const picture = pictureOf(input);
      const { width, height } = picture.viewport;
      const svg = exportSvg({ graph, ...picture, inline: true });
      const bytes = await input.chromium().png(svg, width, height, input.scale);
      return { kind: "file", file: binaryFile(format, baseName, bytes) };
    }
  }
}

function binaryFile(format: ExportFormatId, baseName: string, body: Buffer): ExportFile {
  const { extension, mimeType } = getExportFormat(format);
  return { fileName: `${baseName}.${extension}`, contentType: mimeType, body };
}
