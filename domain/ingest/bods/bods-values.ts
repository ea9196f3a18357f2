/**
 * Single BODS values as the model's property values. What is not a plain value stays as given
 * where the model's checks (domain/ingest/row-checks.ts) will name it, so that a share of "51%" or
 * a date of 2019-02-30 is reported with its statement, never silently mended or dropped.
 */
import type { ImportProblems } from "../import-problems";
import type { RowOrigin, RowProperties, RowValue } from "../model-rows";

/** Where a statement is, and where its problems go. */
export interface StatementPlace {
  origin: RowOrigin;
  problems: ImportProblems;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A BODS date or date-time as the model's date (the day of a date-time: "2019-09-11T11:17:23Z"
 * is 2019-09-11). Anything else is passed on as given, for the model's check to report.
 */
export function dateValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const match = DATE_TIME.exec(value.trim());
  return match?.[1] ?? value;
}

/** Sets `key` when the input gives a value; a value that is not text or a number is reported. */
export function setValue(
  properties: RowProperties,
  key: string,
  value: unknown,
  place: StatementPlace,
): void {
  if (value === undefined || value === null) return;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    properties[key] = value as RowValue;
    return;
  }
  place.problems.error({
    ...place.origin,
    code: "bad-value",
    message: `The statement gives ${key} as ${JSON.stringify(value)}, which is not a single value.`,
    fix: `Give ${key} as a number or a text, as the BODS schema says.`,
  });
}

/** A list of texts, each once, or nothing when empty. */
export function setTexts(properties: RowProperties, key: string, values: readonly string[]): void {
  const unique = [...new Set(values.map((value) => value.trim()).filter((value) => value !== ""))];
  if (unique.length > 0) properties[key] = unique;
}
