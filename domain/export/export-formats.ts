import { csvPairChunks } from "./csv-exporter";
import { cypherScriptChunks } from "./cypher-script-exporter";
import type { ExportFormat, ExportRenderInput, RasterSource } from "./export-format-types";
import { gexfChunks } from "./gexf-exporter";
import { graphmlChunks } from "./graphml-exporter";
import { exportHtmlReport } from "./html-report";
import { jsonChunks } from "./json-exporter";
import { exportSvg } from "./svg-exporter";

/**
 * The export formats, one descriptor each: the one list the Export menu, POST /api/export and
 * GET /api/export/formats, the `ownergraph export` command and the export service read. To add
 * a format, add its exporter to this folder and one entry here (see docs/architecture.md).
 */

function htmlReport(input: ExportRenderInput): string {
  return exportHtmlReport({
    title: input.title,
    date: input.date,
    graph: input.graph,
    picture: input.picture(),
    chains: input.chains,
    sources: input.sources,
    changes: input.changes,
  });
}

function inlineSvg(input: ExportRenderInput): RasterSource {
  const picture = input.picture();
  const { width, height } = picture.viewport;
  return { svg: exportSvg({ graph: input.graph, ...picture, inline: true }), width, height };
}

const FORMATS = [
  {
    id: "graphml",
    title: "GraphML",
    extension: "graphml",
    mimeType: "application/graphml+xml",
    kind: "data",
    parts: [],
    needsChromium: false,
    render: {
      by: "text",
      text: (input) => graphmlChunks(input.graph, { description: input.title }),
    },
  },
  {
    id: "gexf",
    title: "GEXF 1.3",
    extension: "gexf",
    mimeType: "application/gexf+xml",
    kind: "data",
    parts: [],
    needsChromium: false,
    render: { by: "text", text: (input) => gexfChunks(input.graph, { description: input.title }) },
  },
  {
    id: "json",
    title: "Graphology JSON",
    extension: "json",
    mimeType: "application/json",
    kind: "data",
    parts: [],
    needsChromium: false,
    render: {
      by: "text",
      text: (input) => jsonChunks(input.graph, { attributes: { title: input.title } }),
    },
  },
  {
    id: "csv",
    title: "CSV for neo4j-admin import",
    extension: "csv",
    mimeType: "text/csv",
    kind: "data",
    parts: [
      { part: "nodes", fileName: "nodes.csv" },
      { part: "relationships", fileName: "relationships.csv" },
    ],
    needsChromium: false,
    render: {
      by: "parts",
      parts: (input) => {
        const pair = csvPairChunks(input.graph);
        const texts = { nodes: pair.nodes, relationships: pair.relationships };
        return { texts, importCommand: pair.importCommand };
      },
    },
  },
  {
    id: "cypher",
    title: "Cypher script",
    extension: "cypher",
    mimeType: "application/x-cypher-query",
    kind: "data",
    parts: [],
    needsChromium: false,
    render: { by: "text", text: (input) => cypherScriptChunks(input.graph) },
  },
  {
    id: "svg",
    title: "SVG picture",
    extension: "svg",
    mimeType: "image/svg+xml",
    kind: "picture",
    parts: [],
    needsChromium: false,
    render: {
      by: "text",
      text: (input) => [exportSvg({ graph: input.graph, ...input.picture() })],
    },
  },
  {
    id: "html",
    title: "HTML report",
    extension: "html",
    mimeType: "text/html",
    kind: "report",
    parts: [],
    needsChromium: false,
    render: { by: "text", text: (input) => [htmlReport(input)] },
  },
  {
    id: "png",
    title: "PNG picture",
    extension: "png",
    mimeType: "image/png",
    kind: "picture",
    parts: [],
    needsChromium: true,
    render: { by: "raster", svg: inlineSvg },
  },
  {
    id: "pdf",
    title: "PDF report",
    extension: "pdf",
    mimeType: "application/pdf",
    kind: "report",
    parts: [],
    needsChromium: true,
    render: { by: "print", html: htmlReport },
  },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof FORMATS)[number]["id"];

export const EXPORT_FORMATS: readonly ExportFormat<ExportFormatId>[] = FORMATS;

export class UnknownExportFormatError extends Error {
  override readonly name = "UnknownExportFormatError";

  constructor(readonly requested: string) {
    super(`Unknown export format "${requested}". Choose one of: ${exportFormatList()}.`);
  }
}

/** The format ids, comma-separated, for help texts and error messages. */
export function exportFormatList(): string {
  return EXPORT_FORMATS.map((format) => format.id).join(", ");
}

export function isExportFormatId(id: string): id is ExportFormatId {
  return EXPORT_FORMATS.some((format) => format.id === id);
}

/** The format with this id (case-insensitive, a leading dot allowed), or an error listing all. */
export function getExportFormat(id: string): ExportFormat<ExportFormatId> {
  const wanted = id.trim().toLowerCase().replace(/^\./, "");
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === wanted);
  if (format === undefined) throw new UnknownExportFormatError(id);
  return format;
}
