/**
 * A relationship as the panel tells it: what it claims (share, kind of control, role), how
 * firm the claim is, and the citations behind it (source + quote, from the parallel lists
 * `sourceIds`, `quotes`, `quoteKinds`).
 */
import type { SourceRecord } from "../../../domain/graph/explorer-api-types";
import type { Properties } from "../../../domain/graph/graph-wire-types";
import {
  formatStatedShare,
  ownershipEdgesFromWireGraph,
  OwnershipError,
} from "../../../domain/ownership";
import { UNKNOWN, valueText } from "./entity-facts";

export interface Citation {
  sourceId: string;
  source: SourceRecord | null;
  quote: string | null;
  /** "quote" (verbatim) or "summary" (our words); null when not stated. */
  quoteKind: string | null;
}

function list(properties: Properties, key: string): (string | null)[] {
  const value = properties[key];
  return Array.isArray(value) ? value.map((item) => (typeof item === "string" ? item : null)) : [];
}

export function citationsOf(
  properties: Properties,
  lookup: (id: string) => SourceRecord | undefined,
): Citation[] {
  const quotes = list(properties, "quotes");
  const kinds = list(properties, "quoteKinds");
  return list(properties, "sourceIds").flatMap((sourceId, index) =>
    sourceId === null
      ? []
      : [
          {
            sourceId,
            source: lookup(sourceId) ?? null,
            quote: quotes[index] ?? null,
            quoteKind: kinds[index] ?? null,
          },
        ],
  );
}

/** The share an OWNS relationship states, through the ownership module's own reading. */
export function statedShareText(type: string, properties: Properties): string | null {
  if (type !== "OWNS") return null;
  try {
    const [edge] = ownershipEdgesFromWireGraph({
      nodes: [],
      edges: [{ key: "e", source: "a", target: "b", attributes: { type, properties } }],
    });
    if (edge?.kind !== "ownership") return UNKNOWN;
    return edge.share.kind === "unknown"
      ? "unknown (no source states the share)"
      : formatStatedShare(edge.share);
  } catch (error) {
    if (error instanceof OwnershipError) return `unreadable: ${error.message}`;
    throw error;
  }
}

/** One short line of what the relationship claims besides its type. */
export function claimDetails(type: string, properties: Properties): string[] {
  const details: string[] = [];
  const share = statedShareText(type, properties);
  if (share !== null) details.push(`share ${share}`);
  for (const [key, label] of [
    ["controlType", "control"],
    ["role", "role"],
    ["listName", "list"],
    ["interestType", "interest"],
    ["directOrIndirect", "held"],
  ] as const) {
    const text = valueText(properties[key]);
    if (text !== null) details.push(`${label}: ${text}`);
  }
  for (const [key, label] of [
    ["startDate", "from"],
    ["endDate", "until"],
    ["asOfDate", "as of"],
    ["date", "on"],
  ] as const) {
    const text = valueText(properties[key]);
    if (text !== null) details.push(`${label} ${text}`);
  }
  return details;
}

/** A link target only for web addresses: data never becomes a javascript: or data: URL. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Human words for a relationship type, read from the owner's side. */
export const RELATIONSHIP_VERBS: Record<string, string> = {
  OWNS: "owns",
  CONTROLS: "controls",
  SUPPLIES: "supplies",
  AWARDED: "awarded",
  PERFORMED_AT: "performed at",
  OFFICER_OF: "officer of",
  LISTS: "lists",
  FOUNDED: "founded",
};

export function verbOf(type: string): string {
  return RELATIONSHIP_VERBS[type] ?? type.toLowerCase().replaceAll("_", " ");
}
