import { changesSection, type ReportChanges } from "./report-changes";
import type { WireGraph } from "../wire/graph-wire-types";
import {
  buildReportContext,
  footnotesSection,
  relationshipsSection,
  type ReportContext,
  type SourceRecord,
} from "./report-citations";
import {
  chainsSection,
  crossHoldingsSection,
  DEFAULT_IDENTIFIER_PROPERTIES,
  entitiesSection,
  type OwnershipChainInput,
} from "./report-sections";
import {
  displayStateOf,
  exportSvg,
  type SvgEdgeDisplay,
  type SvgExportInput,
} from "./svg-exporter";
import { escapeHtml } from "./xml-escape";

/**
 * One self-contained HTML file: inline CSS, the picture as inline SVG, no scripts and no
 * outside requests (a Content-Security-Policy forbids them), laid out for A4 printing. Sections:
 * title and date, the picture, entities, ownership chains, cross-holdings, relationships (an
 * indirect summary link marked as one, with the links it summarises), and numbered
 * footnotes: every relationship has one, and the picture's edge labels and the chain steps
 * carry its number.
 */

export interface HtmlReportInput {
  title: string;
  /** The report's date as it should read, e.g. "2026-05-01". */
  date: string;
  graph: WireGraph;
  /** The canvas as drawn; without it the report has no picture. */
  picture?: Omit<SvgExportInput, "graph" | "inline">;
  chains?: readonly OwnershipChainInput[];
  /** What changed between two days, as the explorer showed it. */
  changes?: ReportChanges | null;
  /** Sources cited by `sourceIds`; Source nodes of the graph are used for ids not given here. */
  sources?: readonly SourceRecord[];
  /** Shown in the entity table's identifier column. Default: `DEFAULT_IDENTIFIER_PROPERTIES`. */
  identifierProperties?: readonly string[];
  /** Document language. Default "en". */
  lang?: string;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", Arial, Helvetica, sans-serif;
  font-size: 11pt; line-height: 1.4; color: #111; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 0.6em 0 0.2em; }
.date { color: #555; margin-top: 0; }
figure { margin: 1em 0; }
figure svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
thead th { background: #eee; }
th.type { width: 7em; white-space: nowrap; }
td { overflow-wrap: anywhere; }
q { font-style: italic; }
.footnotes ol > li { margin-bottom: 0.5em; }
.footnotes ul { margin: 0.2em 0; padding-left: 1.2em; }
a { color: #0645ad; overflow-wrap: anywhere; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
}
`;

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The picture, with each drawn edge's label followed by its footnote number. */
function pictureSection(
  graph: WireGraph,
  picture: Omit<SvgExportInput, "graph" | "inline">,
  context: ReportContext,
): string {
  const edges = new Map<string, SvgEdgeDisplay>();
  for (const edge of graph.edges) {
    const display = displayStateOf(picture.edges, edge.key);
    if (display === undefined) continue;
    const number = context.footnoteByEdgeKey.get(edge.key);
    const marker = number === undefined ? "" : `[${number}]`;
    const label = display.label ? `${display.label} ${marker}` : marker;
    edges.set(edge.key, { ...display, label: label.trim() });
  }
  const svg = exportSvg({ ...picture, graph, edges, inline: true });
  return `<figure>${svg}</figure>`;
}

export function exportHtmlReport(input: HtmlReportInput): string {
  const { graph } = input;
  const context = buildReportContext(graph, input.sources ?? []);
  const lang = escapeHtml(input.lang ?? "en");
  const title = escapeHtml(input.title);
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${title}</h1><p class="date">${escapeHtml(input.date)}</p></header>`,
    input.picture === undefined ? "" : pictureSection(graph, input.picture, context),
    entitiesSection(graph.nodes, input.identifierProperties ?? DEFAULT_IDENTIFIER_PROPERTIES),
    changesSection(context, graph, input.changes ?? null),
    chainsSection(context, input.chains ?? []),
    crossHoldingsSection(context, graph),
    relationshipsSection(context, graph.edges),
    footnotesSection(context, graph.edges),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
