/**
 * The seed's own value rules (kebab-case ids, one-sentence quotes); the checks against a
 * property kind are the model's (domain/model/value-checks.ts).
 */
import type { SeedValue } from "./seed-types";

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Quotes and summaries are for pointing at evidence, not for reprinting it. */
export const MAX_QUOTE_LENGTH = 320;

export function isKebabId(value: unknown): value is string {
  return typeof value === "string" && KEBAB_ID.test(value);
}

/**
 * True when the text holds at most one sentence: no sentence end (. ! ? or their CJK forms,
 * optionally followed by a closing quote) is followed by more text starting a new sentence.
 * "Aisino Corp. could" passes (lower case follows), "Done. Then" does not.
 */
export function isAtMostOneSentence(text: string): boolean {
  return !/[.!?]["”’)]*\s+["“‘(]?[A-Z]/.test(text) && !/[。！？]["”’」]*\s*\S/.test(text);
}

/** A checked value as the seed stores it (checkValue has already vouched for its shape). */
export function asSeedValue(value: unknown): SeedValue {
  return value as SeedValue;
}
