/**
 * Checks of single values against a property kind (domain/model/property-kinds.ts), for the seed's
 * validator and every importer. Each returns null when the value is fine, or the reason it is
 * not, worded to be read after "property X ".
 */
import type { PropertyKind } from "./property-kinds";

const PARTIAL_ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** ISO 8601 with the precision the source gives: "2000", "2000-11" or "2000-11-05". */
export function isPartialIsoDate(value: string): boolean {
  const match = PARTIAL_ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day);
}

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0 && value.trim() === value;
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export function checkValue(kind: PropertyKind, value: unknown): string | null {
  if (typeof kind === "object") {
    return typeof value === "string" && kind.oneOf.includes(value)
      ? null
      : `is ${describe(value)}; it must be one of ${kind.oneOf.map((v) => `"${v}"`).join(", ")}`;
  }
  switch (kind) {
    case "text":
      return isNonEmptyText(value)
        ? null
        : `is ${describe(value)}; it must be a non-empty string without surrounding spaces`;
    case "texts":
      if (!Array.isArray(value) || value.length === 0 || !value.every(isNonEmptyText)) {
        return `is ${describe(value)}; it must be a non-empty list of non-empty strings (leave it out when there is nothing)`;
      }
      return new Set(value).size === value.length ? null : `lists the same string twice`;
    case "date":
      return typeof value === "string" && isPartialIsoDate(value)
        ? null
        : `is ${describe(value)}; it must be an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`;
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : `is ${describe(value)}; it must be a number (not a string)`;
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 0
        ? null
        : `is ${describe(value)}; it must be a whole number, 0 or more`;
    case "percent":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100
        ? null
        : `is ${describe(value)}; a share is a number of percent from 0 to 100 (write 51, not "51%" or 0.51)`;
    case "countryCode":
      return typeof value === "string" && /^[A-Z]{2}$/.test(value)
        ? null
        : `is ${describe(value)}; it must be an ISO 3166 two-letter code such as "CN" or "HK"`;
    case "currencyCode":
      return typeof value === "string" && /^[A-Z]{3}$/.test(value)
        ? null
        : `is ${describe(value)}; it must be an ISO 4217 code such as "CNY" or "HKD"`;
  }
}
