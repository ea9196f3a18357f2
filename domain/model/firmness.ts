/** How firm a claim is, and how a citation's text relates to its source. */

/** Stated by a source, derived by us from what sources state, or shaky. */
export const FIRMNESS_LEVELS = ["reported", "inferred", "uncertain"] as const;
export type Firmness = (typeof FIRMNESS_LEVELS)[number];

/** "quote": copied verbatim from the source; "summary": our words for what the source states. */
export const QUOTE_KINDS = ["quote", "summary"] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
