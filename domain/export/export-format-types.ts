import type { ReportChanges } from "./report-changes";
import type { WireGraph } from "../wire/graph-wire-types";
import type { SourceRecord } from "./report-citations";
import type { OwnershipChainInput } from "./report-sections";
import type { SvgEdgeDisplay, SvgExportInput, SvgNodeDisplay, SvgViewport } from "./svg-exporter";

/**
 * What an export format is, as one descriptor (the list is in export-formats.ts): its file, what
 * kind of output it is, and how it is rendered. Everything that decides by format (the menu, the
 * route, the CLI, the service) reads these fields instead of comparing format names.
 */

/**
 * `data`: the graph itself, for other tools (streams, large caps, cited Source nodes added);
 * `picture`: the graph as drawn (picture caps; the browser draws it from its canvas);
 * `report`: a document with the picture, the ownership chains and footnoted sources.
 */
export type ExportKind = "data" | "picture" | "report";

/** How the canvas (or the layered fallback) draws a graph: what pictures and reports show. */
export interface ExportDisplayState {
  nodes: ReadonlyMap<string, SvgNodeDisplay>;
  edges: ReadonlyMap<string, SvgEdgeDisplay>;
  viewport: SvgViewport;
}

/** A picture as the SVG exporter takes it: display states as Maps (server) or records (browser). */
export type ExportPicture = Omit<SvgExportInput, "graph" | "inline">;

/** Everything a format's renderer may read. */
export interface ExportRenderInput {
  graph: WireGraph;
  title: string;
  /** How the graph is drawn; called only by the formats that draw it. */
  picture: () => ExportPicture;
  /** Reports: the ownership chains to list. */
  chains: readonly OwnershipChainInput[];
  /** Reports: the sources the footnotes cite. */
  sources: readonly SourceRecord[];
  /** Reports: the date as it should read, e.g. "2026-05-01". */
  date: string;
  /** Reports: what changed between two days; null for none. */
  changes: ReportChanges | null;
}

/** The texts of a format that writes several files, by part, and how to load them. */
export interface ExportPartTexts {
  texts: Readonly<Record<string, Iterable<string>>>;
  /** The command that loads the files, naming them by their `fileName`s. */
  importCommand: string;
}

/**
 * How a format is rendered: pure renderers (text, parts) run anywhere; the raster and the print
 * need a browser engine (Chromium on the server, or the browser's own canvas for a raster).
 */
export type ExportRender =
  /** The file's text, in pieces (streams to a socket or a disk). */
  | { by: "text"; text: (input: ExportRenderInput) => Iterable<string> }
  /** Several files, one text per entry of the format's `parts`. */
  | { by: "parts"; parts: (input: ExportRenderInput) => ExportPartTexts }
  /** This SVG (with inline styles), rasterised at the request's scale. */
  | { by: "raster"; svg: (input: ExportRenderInput) => RasterSource }
  /** This HTML page, printed to PDF by Chromium. */
  | { by: "print"; html: (input: ExportRenderInput) => string };

export interface RasterSource {
  svg: string;
  width: number;
  height: number;
}

/** One file of a format that writes several. */
export interface ExportPart {
  /** The name a request uses to ask for this file alone (`part`). */
  part: string;
  /** Its name in a folder, and in the format's import command. */
  fileName: string;
}

export interface ExportFormat<Id extends string = string> {
  id: Id;
  title: string;
  /** File extension without the dot. */
  extension: string;
  /** The media (MIME) type of the file, or of each part. */
  mimeType: string;
  kind: ExportKind;
  /** The files one export writes when there are several (CSV); empty: one file. */
  parts: readonly ExportPart[];
  /** Needs Chromium on the server (PDF, and PNG when the browser cannot draw it). */
  needsChromium: boolean;
  render: ExportRender;
}
