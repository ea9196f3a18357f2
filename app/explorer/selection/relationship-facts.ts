/**
 * A relationship as the panel tells it: what it claims (share, kind of control, role), how
 * firm the claim is, and the citations behind it (source + quote, from the parallel lists
 * `sourceIds`, `quotes`, `quoteKinds`).
 */
import type { SourceRecord } from "../../../domain/wire/explorer-api-types";
import type { Properties } from "../../../domain/wire/graph-wire-types";
import {
  citationsOf as relationshipCitations,
  shareTextOf,
  type RelationshipCitation,
} from "../../../domain/model";
import { valueText } from "./entity-facts";

/** A citation with its source record (null when the page has not got it). */
export interface Citation extends RelationshipCitation {
  source: SourceRecord | null;
}

/** The relationship's citations with their sources, as far as the page knows them. */
export function citationsOf(
  properties: Properties,
  lookup: (id: string) => SourceRecord | undefined,
): Citation[] {
  return relationshipCitations(properties).map((citation) => ({
    ...citation,
    source: lookup(citation.sourceId) ?? null,
  }));
}

/** One short line of what the relationship claims besides its type. */
export function claimDetails(type: string, properties: Properties): string[] {
  const details: string[] = [];
  const share = shareTextOf(type, properties);
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
