/**
 * The citations of a relationship: the parallel lists `sourceIds`, `quotes` and `quoteKinds`
 * read as one list of citations (docs/model.md, "Relationships").
 */
import type { Properties } from "../wire/graph-wire-types";

export interface RelationshipCitation {
  sourceId: string;
  /** The quote or summary, or null when the list holds none for this source. */
  quote: string | null;
  /** "quote" (verbatim) or "summary" (our words); null when not stated. */
  quoteKind: string | null;
}

function list(properties: Properties, key: string): (string | null)[] {
  const value = properties[key];
  return Array.isArray(value) ? value.map((item) => (typeof item === "string" ? item : null)) : [];
}

export function citationsOf(properties: Properties): RelationshipCitation[] {
  const quotes = list(properties, "quotes");
  const kinds = list(properties, "quoteKinds");
  return list(properties, "sourceIds").flatMap((sourceId, index) =>
    sourceId === null
      ? []
      : [{ sourceId, quote: quotes[index] ?? null, quoteKind: kinds[index] ?? null }],
  );
}
