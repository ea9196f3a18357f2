/**
 * FtM values (always strings) read as the model's kinds: dates, percentages, numbers, country
 * codes. Each returns the value, or `{ problem }` saying what is wrong, worded to follow
 * `"property" `.
 */
import { isIsoDateTime, isPartialIsoDate } from "../../model";

export type Read<T> = { value: T } | { problem: string };

/** An FtM date: "2019", "2019-02", "2019-02-03", or a date and time (its date is kept). */
export function ftmDate(text: string): Read<string> {
  const date = isIsoDateTime(text) ? text.slice(0, 10) : text;
  return isPartialIsoDate(date)
    ? { value: date }
    : { problem: `is "${text}", which is not a real date (ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD")` };
}

/** A date and time as the top-level `first_seen` / `last_seen` fields give it. */
export function ftmDateTime(text: string): Read<string> {
  return isIsoDateTime(text)
    ? { value: text }
    : { problem: `is "${text}", which is not an ISO date and time ("YYYY-MM-DDThh:mm:ss")` };
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A percentage: "51" or "12.5" is a number from 0 to 100; "51%", "half" or 150 are not. */
export function ftmPercentage(text: string): Read<number> {
  if (!DECIMAL.test(text))
    return {
      problem: `is "${text}"; a percentage is a plain number such as "51" (no "%" sign, no words)`,
    };
  const value = Number(text);
  return value >= 0 && value <= 100
    ? { value }
    : { problem: `is ${text}; a percentage runs from 0 to 100` };
}

/** A count that may have a fraction (EGRUL gives shares as "6401.77"), 0 or more. */
export function ftmAmount(text: string): Read<number> {
  const value = Number(text);
  return DECIMAL.test(text) && value >= 0
    ? { value }
    : { problem: `is "${text}"; it must be a plain number, 0 or more` };
}

/** FtM countries are lower-case ISO 3166 codes ("ru"); the model writes them upper-case. */
export function ftmCountry(text: string): Read<string> {
  return /^[a-z]{2}$/i.test(text)
    ? { value: text.toUpperCase() }
    : { problem: `is "${text}", which is not a two-letter ISO 3166 country code` };
}

/** Text as the model stores it: trimmed; nothing when only spaces. */
export function ftmText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}
