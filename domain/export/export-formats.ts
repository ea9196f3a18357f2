/**
 * The export formats the app offers. Most are pure functions of this folder and run anywhere
 * (server, CLI, browser); PNG and PDF need a renderer and are produced in the browser (PNG from
 * the canvas, PDF by printing the HTML report).
 */

export type ExportFormatId =
  "graphml" | "gexf" | "json" | "csv" | "cypher" | "svg" | "html" | "png" | "pdf";

export interface ExportFormat {
  id: ExportFormatId;
  title: string;
  /** File extension without the dot. */
  extension: string;
  mimeType: string;
  /** `anywhere`: a pure exporter in domain/export; `browser`: needs the browser's renderer. */
  producedIn: "anywhere" | "browser";
  /** Files written; only the CSV export writes more than one. */
  fileNames?: readonly string[];
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: "graphml",
    title: "GraphML",
    extension: "graphml",
    mimeType: "application/graphml+xml",
    producedIn: "anywhere",
  },
  {
    id: "gexf",
    title: "GEXF 1.3",
    extension: "gexf",
    mimeType: "application/gexf+xml",
    producedIn: "anywhere",
  },
  {
    id: "json",
    title: "Graphology JSON",
    extension: "json",
    mimeType: "application/json",
    producedIn: "anywhere",
  },
  {
    id: "csv",
    title: "CSV for neo4j-admin import",
    extension: "csv",
    mimeType: "text/csv",
    producedIn: "anywhere",
    fileNames: ["nodes.csv", "relationships.csv"],
  },
  {
    id: "cypher",
    title: "Cypher script",
    extension: "cypher",
    mimeType: "application/x-cypher-query",
    producedIn: "anywhere",
  },
  {
    id: "svg",
    title: "SVG picture",
    extension: "svg",
    mimeType: "image/svg+xml",
    producedIn: "anywhere",
  },
  {
    id: "html",
    title: "HTML report",
    extension: "html",
    mimeType: "text/html",
    producedIn: "anywhere",
  },
  {
    id: "png",
    title: "PNG picture",
    extension: "png",
    mimeType: "image/png",
    producedIn: "browser",
  },
  {
    id: "pdf",
    title: "PDF report",
    extension: "pdf",
    mimeType: "application/pdf",
    producedIn: "browser",
  },
];

export class UnknownExportFormatError extends Error {
  override readonly name = "UnknownExportFormatError";

  constructor(readonly requested: string) {
    super(
      `Unknown export format "${requested}". Choose one of: ${EXPORT_FORMATS.map((format) => format.id).join(", ")}.`,
    );
  }
}

export function isExportFormatId(id: string): id is ExportFormatId {
  return EXPORT_FORMATS.some((format) => format.id === id);
}

/** The format with this id (case-insensitive, a leading dot allowed), or an error listing all. */
export function getExportFormat(id: string): ExportFormat {
  const wanted = id.trim().toLowerCase().replace(/^\./, "");
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === wanted);
  if (format === undefined) throw new UnknownExportFormatError(id);
  return format;
}
