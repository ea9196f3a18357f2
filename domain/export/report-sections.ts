import type { SerializedNode, WireGraph } from "../wire/graph-wire-types";
import { findCrossHoldings, OwnershipInputError, ownershipEdgesFromWireGraph } from "../ownership";
import { displayText } from "./display-text";
import { nodeCaption, type NamedShareFigure } from "../model";
import { captionHtml, footnoteReference, type ReportContext } from "./report-citations";
import { escapeHtml } from "./xml-escape";

/** The entity table, the ownership chains and the cross-holdings of a report. */

export interface OwnershipChainStep {
  fromKey: string;
  toKey: string;
  edgeKey: string;
  /** The step's share as it should read; empty means unknown. */
  shareText: string;
}

export interface OwnershipChainInput {
  title: string;
  steps: readonly OwnershipChainStep[];
  /** The economic share along this one route, when the owner has several; else empty. */
  routeShareText: string;
  /**
   * The owner's figures over all its routes, each named with its method (economic share,
   * stake under control, the integrated share around rings; domain/model/share-figures.ts).
   */
  figures: readonly NamedShareFigure[];
}

/** Properties shown as identifiers when present, besides `id`. */
export const DEFAULT_IDENTIFIER_PROPERTIES: readonly string[] = [
  "lei",
  "uscc",
  "registrationNumber",
  "companyNumber",
  "stockCode",
  "ticker",
  "isin",
  "wikidataId",
  "identifiers",
];

const NAME_PROPERTIES = ["name", "nameZh", "names", "aliases"];

function orUnknown(text: string): string {
  return text.trim() === "" ? "unknown" : text;
}

function entityNames(node: SerializedNode): string[] {
  const caption = nodeCaption(node);
  const names = new Set<string>();
  for (const property of NAME_PROPERTIES) {
    const value = node.attributes.properties[property];
    const list = Array.isArray(value) ? value : [value];
    for (const item of list) {
      const text = displayText(item);
      if (text !== "" && text !== caption) names.add(text);
    }
  }
  return [...names];
}

function entityIdentifiers(
  node: SerializedNode,
  identifierProperties: readonly string[],
): string[] {
  const lines: string[] = [];
  for (const property of ["id", ...identifierProperties]) {
    const text = displayText(node.attributes.properties[property]);
    if (text !== "") lines.push(`${property}: ${text}`);
  }
  return lines;
}

function lines(texts: readonly string[]): string {
  return texts.map(escapeHtml).join("<br>");
}

export function entitiesSection(
  nodes: readonly SerializedNode[],
  identifierProperties: readonly string[],
): string {
  const rows = nodes
    .filter((node) => !node.attributes.labels.includes("Source"))
    .map((node) => {
      const type = node.attributes.labels.filter((label) => label !== "Entity").join(", ");
      return (
        `<tr><td>${escapeHtml(nodeCaption(node))}</td><td>${escapeHtml(type)}</td>` +
        `<td>${lines(entityNames(node))}</td>` +
        `<td>${lines(entityIdentifiers(node, identifierProperties))}</td></tr>`
      );
    });
  return (
    '<section><h2>Entities</h2><table><thead><tr><th>Entity</th><th class="type">Type</th><th>Names</th>' +
    `<th>Identifiers</th></tr></thead><tbody>${rows.join("\n")}</tbody></table></section>`
  );
}

function chainItem(context: ReportContext, chain: OwnershipChainInput): string {
  const steps = chain.steps.map(
    (step) =>
      `<li>${captionHtml(context, step.fromKey)} → ` +
      `${captionHtml(context, step.toKey)}: ${escapeHtml(orUnknown(step.shareText))}` +
      `${footnoteReference(context, step.edgeKey)}</li>`,
  );
  const route =
    chain.routeShareText === ""
      ? ""
      : `<p>Along this route: <strong>${escapeHtml(chain.routeShareText)}</strong></p>`;
  const figures = chain.figures.map(
    (figure) =>
      `<p class="figure">${escapeHtml(figure.name)} (${escapeHtml(figure.method)}): ` +
      `<strong>${escapeHtml(orUnknown(figure.value))}</strong></p>`,
  );
  return (
    `<li class="chain"><h3>${escapeHtml(chain.title)}</h3><ol>${steps.join("")}</ol>` +
    `${route}${figures.join("")}</li>`
  );
}

export function chainsSection(
  context: ReportContext,
  chains: readonly OwnershipChainInput[],
): string {
  if (chains.length === 0) return "";
  const items = chains.map((chain) => chainItem(context, chain));
  return `<section><h2>Ownership chains</h2><ol class="chains">${items.join("\n")}</ol></section>`;
}

/**
 * Rings of entities that own or control each other (A owns B owns A), each once with its links;
 * the chain arithmetic follows a ring once and never loops. Empty when there is none, or when
 * the graph's shares cannot be read (the chains section reports that).
 */
export function crossHoldingsSection(context: ReportContext, graph: WireGraph): string {
  let rings;
  try {
    const edges = ownershipEdgesFromWireGraph(graph);
    rings = findCrossHoldings(
      graph.nodes.map((node) => node.key),
      edges,
    ).crossHoldings;
  } catch (error) {
    if (error instanceof OwnershipInputError) return "";
    throw error;
  }
  if (rings.length === 0) return "";
  const items = rings.map(
    (ring) =>
      `<li>${ring.memberKeys.map((key) => captionHtml(context, key)).join(" ⇄ ")}: links ` +
      `${ring.edgeKeys.map((key) => footnoteReference(context, key)).join(" ")}</li>`,
  );
  return (
    "<section><h2>Cross-holdings</h2><p>These entities own or control each other in a ring. " +
    "Economic shares counted once along simple paths follow each ring once round; the " +
    "integrated shares (Vitali et al. 2011) count what goes round it.</p>" +
    `<ul>${items.join("\n")}</ul></section>`
  );
}
