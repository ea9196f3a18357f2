/**
 * "What changed" in a report: the links along an entity's chains that appeared, changed or
 * ended between two days, as the explorer showed them (domain/time/link-changes.ts worked them
 * out on the server). The request names each link by its edge key in the exported graph; the
 * report words it from that link and cites it in the footnotes like any other.
 */
import { isDay, type LinkChangeKind } from "../time";
import type { WireGraph } from "../wire/graph-wire-types";
import { relationshipVerb } from "../model";
import { badExportRequest } from "./export-request-error";
import { captionHtml, footnoteReference, type ReportContext } from "./report-citations";
import { escapeHtml } from "./xml-escape";

export interface ReportChange {
  kind: LinkChangeKind;
  /** The link in the exported graph: the version that ended, else the second day's. */
  edgeKey: string;
  shareBefore: string | null;
  shareAfter: string | null;
}

export interface ReportChanges {
  from: string;
  to: string;
  changes: readonly ReportChange[];
}

export const MAX_REPORT_CHANGES = 5_000;
const KINDS: readonly LinkChangeKind[] = ["appeared", "changed", "ended"];
const HEADINGS: Readonly<Record<LinkChangeKind, string>> = {
  appeared: "Appeared",
  changed: "Changed",
  ended: "Ended",
};
const SHAPE =
  '{ "from": "2021-01-01", "to": "2023-06-01", "changes": [{ "kind": "appeared", "edgeKey": "…", "shareBefore": null, "shareAfter": "80%" }] }';

function text(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length > 200) {
    throw badExportRequest(`"changes": ${field} must be a short text or null.`);
  }
  return value;
}

function readChange(value: unknown, index: number): ReportChange {
  const where = `change ${index + 1}`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badExportRequest(`"changes": ${where} must be an object, e.g. ${SHAPE}`);
  }
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    throw badExportRequest(`"changes": ${where} has a kind that is not ${KINDS.join(", ")}.`);
  }
  const edgeKey = text(record.edgeKey, `${where}'s edgeKey`);
  if (edgeKey === null) throw badExportRequest(`"changes": ${where} names no edgeKey.`);
  return {
    kind: kind as LinkChangeKind,
    edgeKey,
    shareBefore: text(record.shareBefore, `${where}'s shareBefore`),
    shareAfter: text(record.shareAfter, `${where}'s shareAfter`),
  };
}

/** The `changes` field of an export request, checked; null when absent. */
export function readReportChanges(value: unknown): ReportChanges | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw badExportRequest(`"changes" must be an object, e.g. ${SHAPE}`);
  }
  const record = value as Record<string, unknown>;
  const { from, to, changes } = record;
  if (typeof from !== "string" || !isDay(from) || typeof to !== "string" || !isDay(to)) {
    throw badExportRequest(`"changes": from and to must be days written YYYY-MM-DD.`);
  }
  if (!Array.isArray(changes) || changes.length > MAX_REPORT_CHANGES) {
    throw badExportRequest(
      `"changes": changes must be a list of at most ${MAX_REPORT_CHANGES} changes.`,
    );
  }
  return { from, to, changes: changes.map(readChange) };
}

/** The edge keys a report of changes keeps, whatever the day (an ended link among them). */
export function changedEdgeKeys(changes: ReportChanges | null): ReadonlySet<string> {
  return new Set(changes?.changes.map((change) => change.edgeKey) ?? []);
}

function shareWords(change: ReportChange): string {
  if (change.kind === "changed") {
    return `: share ${change.shareBefore ?? "not stated"} → ${change.shareAfter ?? "not stated"}`;
  }
  const share = change.kind === "ended" ? change.shareBefore : change.shareAfter;
  return share === null ? "" : `: ${share}`;
}

function changeItem(context: ReportContext, graph: WireGraph, change: ReportChange): string {
  const edge = graph.edges.find((candidate) => candidate.key === change.edgeKey);
  if (edge === undefined) return "";
  const verb = escapeHtml(relationshipVerb(edge.attributes.type));
  return (
    `<li>${captionHtml(context, edge.source)} ${verb} ${captionHtml(context, edge.target)}` +
    `${escapeHtml(shareWords(change))}${footnoteReference(context, edge.key)}</li>`
  );
}

/** The section, or "" when the report shows no comparison. */
export function changesSection(
  context: ReportContext,
  graph: WireGraph,
  changes: ReportChanges | null,
): string {
  if (changes === null) return "";
  const groups = KINDS.map((kind) => {
    const items = changes.changes
      .filter((change) => change.kind === kind)
      .map((change) => changeItem(context, graph, change))
      .filter((item) => item !== "");
    return items.length === 0 ? "" : `<h3>${HEADINGS[kind]}</h3><ul>${items.join("\n")}</ul>`;
  }).join("");
  const body =
    groups === "" ? "<p>Nothing changed along these chains between the two days.</p>" : groups;
  return (
    `<section><h2>What changed from ${escapeHtml(changes.from)} to ${escapeHtml(changes.to)}</h2>` +
    `${body}</section>`
  );
}
