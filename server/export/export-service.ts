import type { ExportFormatId } from "../../domain/export";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { withoutInternalProperties } from "../../domain/graph/internal-properties";
import type { ChromiumRenderer } from "./chromium";
import { loadExportGraph, type ExportDatabase } from "./export-graph";
import type { ExportLimits } from "./export-limits";
import type { ExportRequest } from "./export-request";
import { readCitedSources } from "./export-sources";
import { fileBaseName, renderExport, type ExportOutput } from "./render-export";
import { reportChains, resolveFocus } from "./report-chains";

/**
 * One export from request to file, shared by POST /api/export and the `ownergraph` command:
 * read the graph, check its size, leave out internal properties, add the cited sources (data formats) or the chains and
 * footnote sources (reports), draw the picture if none was sent, and render the format.
 */

export interface ExportDependencies extends ExportDatabase {
  limits: ExportLimits;
  chromium: () => ChromiumRenderer;
  /** Told what is happening, for a progress line. */
  onProgress?: (stage: string) => void;
}

export interface ExportResult {
  output: ExportOutput;
  nodeCount: number;
  edgeCount: number;
}

const PICTURE_FORMATS: readonly ExportFormatId[] = ["svg", "png", "html", "pdf"];

export function isPictureFormat(format: ExportFormatId): boolean {
  return PICTURE_FORMATS.includes(format);
}

function defaultTitle(graph: WireGraph, focusKey: string | null): string {
  if (focusKey !== null) {
    const node = graph.nodes.find((candidate) => candidate.key === focusKey);
    const caption = node?.attributes.properties.caption ?? node?.attributes.properties.name;
    if (typeof caption === "string" && caption !== "") return `Who owns and controls ${caption}`;
  }
  return "Ownergraph export";
}

export async function runExport(
  deps: ExportDependencies,
  request: ExportRequest,
  signal?: AbortSignal,
): Promise<ExportResult> {
  const progress = deps.onProgress ?? (() => undefined);
  const picture = isPictureFormat(request.format);
  const caps = picture ? deps.limits.picture : deps.limits.data;
  progress(request.source.kind === "query" ? "running the query" : "reading the graph");
  // Internal properties (searchText) stay out of every format, whatever the graph came from.
  let graph = withoutInternalProperties(
    await loadExportGraph(deps, request.source, caps, deps.limits.timeoutMs, signal),
  );
  const nodeCount = graph.nodes.length;
  const edgeCount = graph.edges.length;
  progress(`read ${nodeCount} nodes and ${edgeCount} relationships`);

  const report = request.format === "html" || request.format === "pdf";
  const wantsSources = report || (!picture && request.withSources);
  const cited = wantsSources
    ? await readCitedSources(deps, graph, deps.limits.timeoutMs)
    : { nodes: [], records: [] };
  if (!picture && cited.nodes.length > 0) {
    graph = { nodes: [...graph.nodes, ...cited.nodes], edges: graph.edges };
    progress(`added ${cited.nodes.length} cited sources`);
  }
  const display = request.source.kind === "graph" ? request.source.display : null;
  const { focusKey, chains } = report
    ? reportChains(graph, request.focus)
    : { focusKey: request.focus === null ? null : resolveFocus(graph, request.focus), chains: [] };
  const title = request.title ?? defaultTitle(graph, focusKey);
  progress(`writing ${request.format}`);
  const output = await renderExport({
    format: request.format,
    graph,
    baseName: fileBaseName(title),
    title,
    picture: display,
    chains,
    sources: cited.records,
    scale: request.scale,
    chromium: deps.chromium,
  });
  return { output, nodeCount, edgeCount };
}
