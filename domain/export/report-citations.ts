import type { SerializedEdge, SerializedNode, WireGraph } from "../wire/graph-wire-types";
import { displayText } from "./display-text";
import {
  citationsOf as relationshipCitations,
  nodeCaption,
  shareTextOf,
  type RelationshipCitation,
} from "../model";
import { escapeHtml } from "./xml-escape";

/**
 * The numbered footnotes of a report: one per relationship, in graph order, each naming the
 * relationship, its firmness, the dataset that states it and every source it cites (title, publisher, date, authors, the
 * URL as a link and the quote). A relationship's citations are the parallel lists `sourceIds`,
 * `quotes` and `quoteKinds`; a `SOURCED_FROM` link is itself a citation of the Source it points
 * to, with its `quote`, `quoteKind` and the `properties` it backs. A quote is the source's own
 * words; a summary is ours and reads "Summary: …".
 */

export interface SourceRecord {
  id: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
  authors?: readonly string[] | string | null;
}

export interface ReportContext {
  /** Each node's caption, already HTML-escaped. */
  captionHtmlByKey: ReadonlyMap<string, string>;
  /** The source id of each Source node, by node key (what a SOURCED_FROM link points to). */
  sourceIdByKey: ReadonlyMap<string, string>;
  footnoteByEdgeKey: ReadonlyMap<string, number>;
  /** For each indirect summary link (BODS), the footnote numbers of the links it summarises. */
  summaryOfByEdgeKey: ReadonlyMap<string, readonly number[]>;
  sourcesById: ReadonlyMap<string, SourceRecord>;
  /** Sources rendered once, as many relationships cite the same ones. */
  sourceHtmlById: Map<string, string>;
  /** Short texts that repeat on many rows (types, shares, firmness), escaped once. */
  repeatedHtml: Map<string, string>;
}

function asText(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function sourceFromNode(node: SerializedNode): SourceRecord | null {
  const { properties } = node.attributes;
  const id = asText(properties.id);
  if (id === null || !node.attributes.labels.includes("Source")) return null;
  const authors = properties.authors;
  return {
    id,
    title: asText(properties.title),
    publisher: asText(properties.publisher),
    url: asText(properties.url),
    date: displayText(properties.date) || null,
    authors: Array.isArray(authors) ? authors.map(displayText) : asText(authors),
  };
}

/** Captions, footnote numbers and sources by id (given records win over Source nodes). */
export function buildReportContext(
  graph: WireGraph,
  sources: readonly SourceRecord[],
): ReportContext {
  const captionHtmlByKey = new Map(
    graph.nodes.map((node) => [node.key, escapeHtml(nodeCaption(node))]),
  );
  const footnoteByEdgeKey = new Map(graph.edges.map((edge, index) => [edge.key, index + 1]));
  const sourcesById = new Map<string, SourceRecord>();
  const sourceIdByKey = new Map<string, string>();
  for (const node of graph.nodes) {
    const source = sourceFromNode(node);
    if (source === null) continue;
    sourcesById.set(source.id, source);
    sourceIdByKey.set(node.key, source.id);
  }
  for (const source of sources) sourcesById.set(source.id, source);
  return {
    captionHtmlByKey,
    sourceIdByKey,
    footnoteByEdgeKey,
    summaryOfByEdgeKey: summaryComponents(graph, footnoteByEdgeKey),
    sourcesById,
    sourceHtmlById: new Map(),
    repeatedHtml: new Map(),
  };
}

/**
 * Indirect summary links (`directOrIndirect: "indirect"`) and the footnote numbers of the links
 * in the report whose `id` their `componentIds` name (none when those links are not here).
 */
function summaryComponents(
  graph: WireGraph,
  footnoteByEdgeKey: ReadonlyMap<string, number>,
): Map<string, number[]> {
  const footnoteById = new Map<string, number>();
  for (const edge of graph.edges) {
    const id = edge.attributes.properties.id;
    const number = footnoteByEdgeKey.get(edge.key);
    if (typeof id === "string" && number !== undefined) footnoteById.set(id, number);
  }
  const components = new Map<string, number[]>();
  for (const edge of graph.edges) {
    const { directOrIndirect, componentIds } = edge.attributes.properties;
    if (directOrIndirect !== "indirect") continue;
    const ids = Array.isArray(componentIds) ? componentIds : [];
    const numbers = ids.flatMap((id) => (typeof id === "string" ? [footnoteById.get(id)] : []));
    components.set(
      edge.key,
      numbers.filter((number): number is number => number !== undefined).sort((a, b) => a - b),
    );
  }
  return components;
}

/** "indirect summary of [1], [2]" for a summary link, "" for any other. */
function summaryLabel(context: ReportContext, edgeKey: string): string {
  const components = context.summaryOfByEdgeKey.get(edgeKey);
  if (components === undefined) return "";
  const list = components.map((number) => `[${number}]`).join(", ");
  return list === "" ? "indirect summary" : `indirect summary of ${list}`;
}

/** What a footnote says of a summary link: whether its holding is counted through others. */
function summaryNote(context: ReportContext, edgeKey: string): string {
  const components = context.summaryOfByEdgeKey.get(edgeKey);
  if (components === undefined) return "";
  if (components.length === 0) {
    return " An indirect summary; the links it summarises are not in this report, so the effective shares use it.";
  }
  return ` An ${summaryLabel(context, edgeKey)}: the holding is counted once, through those links.`;
}

/** A node's caption as HTML (its key when the node is not in the graph). */
export function captionHtml(context: ReportContext, key: string): string {
  return context.captionHtmlByKey.get(key) ?? escapeHtml(key);
}

/** Escapes a short text that recurs across rows, once per report. */
function repeatedHtml(context: ReportContext, text: string): string {
  let html = context.repeatedHtml.get(text);
  if (html === undefined) {
    html = escapeHtml(text);
    context.repeatedHtml.set(text, html);
  }
  return html;
}

/** A superscript link to a relationship's footnote, or "" when it has none. */
export function footnoteReference(context: ReportContext, edgeKey: string): string {
  const number = context.footnoteByEdgeKey.get(edgeKey);
  return number === undefined ? "" : `<sup><a href="#fn-${number}">${number}</a></sup>`;
}

function sourceLink(url: string | null | undefined): string {
  if (!url) return "";
  const text = escapeHtml(url);
  return /^https?:\/\//i.test(url) ? ` <a href="${text}">${text}</a>` : ` ${text}`;
}

/** A source as cited: title, publisher, date, authors, then the URL (a link only if http(s)). */
function sourceHtml(source: SourceRecord | undefined, sourceId: string): string {
  if (source === undefined)
    return `Source ${escapeHtml(sourceId)} (not among the report's sources).`;
  const authors = Array.isArray(source.authors) ? source.authors.join(", ") : source.authors;
  const details = [source.publisher, source.date, authors]
    .filter((part): part is string => typeof part === "string" && part !== "")
    .map(escapeHtml)
    .join(", ");
  const title = escapeHtml(source.title ?? source.id);
  return `<cite>${title}</cite>${details === "" ? "" : `, ${details}`}.${sourceLink(source.url)}`;
}

/** One source a relationship cites, with the words it is cited for (the model's reading). */
type Citation = RelationshipCitation;

function quoteHtml(quote: string | null, quoteKind: string | null): string {
  if (!quote) return "";
  return quoteKind === "summary"
    ? ` Summary: ${escapeHtml(quote)}`
    : ` <q>${escapeHtml(quote)}</q>`;
}

function citation(context: ReportContext, cited: Citation): string {
  let head = context.sourceHtmlById.get(cited.sourceId);
  if (head === undefined) {
    head = sourceHtml(context.sourcesById.get(cited.sourceId), cited.sourceId);
    context.sourceHtmlById.set(cited.sourceId, head);
  }
  return `<li>${head}${quoteHtml(cited.quote, cited.quoteKind)}</li>`;
}

/** The sources a relationship cites: its `sourceIds`, or the Source a SOURCED_FROM link names. */
function citationsOf(context: ReportContext, edge: SerializedEdge): Citation[] {
  const { properties } = edge.attributes;
  const listed = relationshipCitations(properties);
  const target = context.sourceIdByKey.get(edge.target);
  if (edge.attributes.type !== "SOURCED_FROM" || target === undefined) return listed;
  const quote = typeof properties.quote === "string" ? properties.quote : null;
  const quoteKind = typeof properties.quoteKind === "string" ? properties.quoteKind : null;
  return [{ sourceId: target, quote, quoteKind }, ...listed];
}

/** What a SOURCED_FROM citation backs: the properties it names, or the entity's existence. */
function backsText(edge: SerializedEdge): string {
  if (edge.attributes.type !== "SOURCED_FROM") return "";
  const backed = edge.attributes.properties.properties;
  const names = Array.isArray(backed) ? backed.map(displayText).filter((name) => name !== "") : [];
  const what = names.length === 0 ? "the entity's existence" : names.join(", ");
  return ` Backs: ${escapeHtml(what)}.`;
}

function citationList(context: ReportContext, edge: SerializedEdge): string {
  const citations = citationsOf(context, edge);
  if (citations.length === 0) return " <em>No source cited.</em>";
  return `<ul>${citations.map((cited) => citation(context, cited)).join("")}</ul>`;
}

/** "A — OWNS (51%) → B" for a relationship. */
export function relationshipSummary(context: ReportContext, edge: SerializedEdge): string {
  const { type, properties } = edge.attributes;
  const shareText = shareTextOf(type, properties);
  const share = shareText === null ? "" : ` (${shareText})`;
  return (
    `${captionHtml(context, edge.source)} — ${repeatedHtml(context, type + share)}` +
    ` → ${captionHtml(context, edge.target)}`
  );
}

/** " Dataset: uk-psc." for a relationship a dataset wrote (every fact belongs to one). */
function datasetNote(context: ReportContext, edge: SerializedEdge): string {
  const dataset = displayText(edge.attributes.properties.dataset);
  return dataset === "" ? "" : ` Dataset: ${repeatedHtml(context, dataset)}.`;
}

export function footnotesSection(context: ReportContext, edges: readonly SerializedEdge[]): string {
  const items = edges.map((edge, index) => {
    const firmness = displayText(edge.attributes.properties.firmness) || "not stated";
    return (
      `<li id="fn-${index + 1}">${relationshipSummary(context, edge)}.` +
      ` Firmness: ${repeatedHtml(context, firmness)}.${datasetNote(context, edge)}` +
      `${summaryNote(context, edge.key)}` +
      `${backsText(edge)}` +
      `${citationList(context, edge)}</li>`
    );
  });
  return `<section class="footnotes"><h2>Sources</h2><ol>${items.join("\n")}</ol></section>`;
}

export function relationshipsSection(
  context: ReportContext,
  edges: readonly SerializedEdge[],
): string {
  const rows = edges.map((edge) => {
    const { type, properties } = edge.attributes;
    const summary = summaryLabel(context, edge.key);
    const stated = shareTextOf(type, properties) ?? "";
    // A summary restates its components' holding: its share is the total, not another stake.
    const share =
      summary !== "" && stated !== "unknown" && stated !== "" ? `${stated} in all` : stated;
    const kind = summary === "" ? type : `${type} (${summary})`;
    const firmness = displayText(properties.firmness);
    return (
      `<tr><td>${captionHtml(context, edge.source)}</td><td>${repeatedHtml(context, kind)}</td>` +
      `<td>${captionHtml(context, edge.target)}</td><td>${repeatedHtml(context, share)}</td>` +
      `<td>${repeatedHtml(context, firmness)}</td><td>${footnoteReference(context, edge.key)}</td></tr>`
    );
  });
  return (
    "<section><h2>Relationships</h2><table><thead><tr><th>From</th><th>Relationship</th>" +
    "<th>To</th><th>Share</th><th>Firmness</th><th>Source</th></tr></thead>" +
    `<tbody>${rows.join("\n")}</tbody></table></section>`
  );
}
