import {
  changedEdgeKeys,
  EXPORT_FORMATS,
  exportFileBaseName,
  readExportRequest,
  renderExport,
  type BrowserEngine,
  type ExportFormat,
  type ExportOutput,
  type ExportRequest,
} from "../../domain/export";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { autoPicture } from "../export/auto-picture";
import { ChromiumRenderer, findChromium } from "../export/chromium";
import { withoutInternalProperties } from "../../domain/wire/internal-properties";
import { asOfLabel, graphAsOf, todayUtc } from "../../domain/time";
import { loadExportGraph, type ExportDatabase } from "../export/export-graph";
import { readExportLimits, type ExportLimits } from "../export/export-limits";
import { readCitedSources } from "../export/export-sources";
import { reportChains, resolveFocus } from "../export/report-chains";

/**
 * Exports, from request to files, for POST /api/export and the `ownergraph` command alike: read
 * the graph, check its size, add the cited sources (data formats) or the chains and footnote
 * sources (reports), draw the picture if none was sent, and render the format. What differs by
 * format is read from its descriptor (domain/export/export-formats.ts).
 */

export interface ExportResult {
  output: ExportOutput;
  nodeCount: number;
  edgeCount: number;
}

/** A format as GET /api/export/formats lists it: the descriptor's data, and whether it works here. */
export interface ListedExportFormat extends Omit<ExportFormat, "render"> {
  available: boolean;
  /** The same as `needsChromium ? "browser" : "anywhere"`; kept for older clients. */
  producedIn: "anywhere" | "browser";
  /** The files of a format that writes several; kept for older clients. */
  fileNames?: readonly string[];
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Told what is happening, for a progress line. */
  onProgress?: (stage: string) => void;
}

export interface ExportService {
  readonly limits: ExportLimits;
  formats(): ListedExportFormat[];
  /** The typed request from an untyped body; throws `ExportRequestError`. */
  readRequest(body: unknown): ExportRequest;
  run(request: ExportRequest, options?: RunOptions): Promise<ExportResult>;
  /** Closes the browser engine, if one was started. */
  close(): Promise<void>;
}

export interface ExportServiceOptions {
  limits?: ExportLimits;
}

function defaultTitle(graph: WireGraph, focusKey: string | null): string {
  if (focusKey !== null) {
    const node = graph.nodes.find((candidate) => candidate.key === focusKey);
    const caption = node?.attributes.properties.caption ?? node?.attributes.properties.name;
    if (typeof caption === "string" && caption !== "") return `Who owns and controls ${caption}`;
  }
  return "Ownergraph export";
}

function listed(format: ExportFormat, chromium: boolean): ListedExportFormat {
  return {
    id: format.id,
    title: format.title,
    extension: format.extension,
    mimeType: format.mimeType,
    kind: format.kind,
    parts: format.parts,
    needsChromium: format.needsChromium,
    producedIn: format.needsChromium ? "browser" : "anywhere",
    ...(format.parts.length > 0 ? { fileNames: format.parts.map((part) => part.fileName) } : {}),
    available: !format.needsChromium || chromium,
  };
}

async function runExport(
  db: ExportDatabase,
  limits: ExportLimits,
  engine: () => BrowserEngine,
  request: ExportRequest,
  options: RunOptions,
): Promise<ExportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { format } = request;
  const caps = format.kind === "data" ? limits.data : limits.picture;
  progress(request.source.kind === "query" ? "running the query" : "reading the graph");
  // Internal properties (searchText) stay out of every format, whatever the graph came from.
  // Only the relationships that may have held on the day asked (latest: today) are exported.
  const today = todayUtc();
  let graph = withoutInternalProperties(
    graphAsOf(
      await loadExportGraph(db, request.source, caps, limits.timeoutMs, options.signal),
      request.asOf ?? today,
      changedEdgeKeys(request.changes),
    ),
  );
  const nodeCount = graph.nodes.length;
  const edgeCount = graph.edges.length;
  progress(`read ${nodeCount} nodes and ${edgeCount} relationships`);

  const report = format.kind === "report";
  const wantsSources = report || (format.kind === "data" && request.withSources);
  const cited = wantsSources
    ? await readCitedSources(db, graph, limits.timeoutMs)
    : { nodes: [], records: [] };
  if (format.kind === "data" && cited.nodes.length > 0) {
    // The cited sources' internal properties (datasetVersion) stay out too.
    graph = withoutInternalProperties({
      nodes: [...graph.nodes, ...cited.nodes],
      edges: graph.edges,
    });
    progress(`added ${cited.nodes.length} cited sources`);
  }
  const display = request.source.kind === "graph" ? request.source.display : null;
  const { focusKey, chains } = report
    ? reportChains(graph, request.focus)
    : { focusKey: request.focus === null ? null : resolveFocus(graph, request.focus), chains: [] };
  const title = request.title ?? defaultTitle(graph, focusKey);
  progress(`writing ${format.id}`);
  const drawn = graph;
  const output = await renderExport(
    format,
    {
      graph: drawn,
      title,
      picture: () => display ?? autoPicture(drawn),
      chains,
      sources: cited.records,
      date: asOfLabel(request.asOf, today),
      changes: request.changes,
    },
    { baseName: exportFileBaseName(title), scale: request.scale, engine },
  );
  return { output, nodeCount, edgeCount };
}

/** The export service over one database; Chromium is started on the first PDF or PNG. */
export function createExportService(
  db: ExportDatabase,
  options: ExportServiceOptions = {},
): ExportService {
  const limits = options.limits ?? readExportLimits();
  let renderer: ChromiumRenderer | null = null;
  const engine = () => (renderer ??= new ChromiumRenderer());
  return {
    limits,
    formats: () => {
      const chromium = findChromium() !== null;
      return EXPORT_FORMATS.map((format) => listed(format, chromium));
    },
    readRequest: (body) => readExportRequest(body, limits.data.maxNodes),
    run: (request, runOptions = {}) => runExport(db, limits, engine, request, runOptions),
    close: async () => {
      const open = renderer;
      renderer = null;
      await open?.close();
    },
  };
}
