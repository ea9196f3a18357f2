/**
 * A CSV cell read as a property of the model's kind (domain/model/property-kinds.ts). An empty
 * cell (or one of blanks) is absent, never an empty value. Shares are numbers of percent from 0
 * to 100 as written: "51" and "51.0" are 51 %, "0.51" is 0.51 % (never read as a fraction);
 * "51%", "-5" and "150" are errors that say how to write the share. Dates are ISO 8601 with the
 * precision the file gives ("2005", "2007-06", "2019-02-28"); "2019-02-30" is an error.
 */
import { checkValue, isPartialIsoDate, type PropertyKind } from "../../model";
import type { RowValue } from "../model-rows";
import type { ColumnSource } from "./csv-mapping-types";

export interface CellProblem {
  code: string;
  message: string;
  fix: string;
}

export type CellResult = { value: RowValue } | { absent: true } | { problem: CellProblem };

const ABSENT: CellResult = { absent: true };
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function problem(code: string, message: string, fix: string): CellResult {
  return { problem: { code, message, fix } };
}

function shareOf(text: string): CellResult {
  if (text.includes("%")) {
    return problem(
      "share-with-percent-sign",
      `The share "${text}" has a percent sign.`,
      `Write the number of percent alone: ${text.replace(/\s*%\s*/g, "")}.`,
    );
  }
  if (!DECIMAL.test(text)) {
    return problem(
      "share-not-a-number",
      `The share "${text}" is not a number.`,
      "Write a number of percent from 0 to 100 with a point for decimals (37.5), or leave the cell empty when the share is unknown.",
    );
  }
  const value = Number(text);
  if (value < 0 || value > 100) {
    return problem(
      "share-out-of-range",
      `The share ${text} is ${value < 0 ? "below 0" : "over 100"} percent.`,
      "Write a number of percent from 0 to 100 (51 for 51 %), or leave the cell empty when the share is unknown.",
    );
  }
  return { value };
}

function listOf(text: string, source: ColumnSource): CellResult {
  const items = source.separator === null ? [text] : text.split(source.separator);
  const values = [
    ...new Set(
      items
        .map((item) => item.trim())
        .filter((item) => item !== "")
        .map((item) => (source.scheme === null ? item : `${source.scheme}:${item}`)),
    ),
  ];
  return values.length === 0 ? ABSENT : { value: values };
}

function code(text: string, length: number, what: string, example: string): CellResult {
  const upper = text.toUpperCase();
  return new RegExp(`^[A-Z]{${String(length)}}$`).test(upper)
    ? { value: upper }
    : problem(
        `bad-${what}`,
        `"${text}" is not an ISO ${what === "country" ? "3166" : "4217"} ${what} code.`,
        `Write the ${String(length)}-letter code, such as "${example}".`,
      );
}

export function cellValue(kind: PropertyKind, raw: string, source: ColumnSource): CellResult {
  const text = raw.trim();
  if (text === "") return ABSENT;
  if (typeof kind === "object") {
    return kind.oneOf.includes(text)
      ? { value: text }
      : problem(
          "bad-value",
          `"${text}" is not one of the values this property takes.`,
          `Write one of ${kind.oneOf.map((value) => `"${value}"`).join(", ")}.`,
        );
  }
  switch (kind) {
    case "text":
      return { value: text };
    case "texts":
      return listOf(text, source);
    case "date":
      return isPartialIsoDate(text)
        ? { value: text }
        : problem(
            "bad-date",
            `"${text}" is not a date.`,
            'Write a real date as "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when the file knows no more.',
          );
    case "dateTime": {
      const reason = checkValue("dateTime", text);
      return reason === null
        ? { value: text }
        : problem(
            "bad-date",
            `"${text}" is not a date and time.`,
            'Write it as ISO 8601, such as "2024-05-31T13:45:00Z".',
          );
    }
    case "percent":
      return shareOf(text);
    case "number":
    case "count": {
      const value = Number(text);
      if (!DECIMAL.test(text) || (kind === "count" && (!Number.isInteger(value) || value < 0))) {
        return problem(
          "bad-number",
          `"${text}" is not ${kind === "count" ? "a whole number, 0 or more" : "a number"}.`,
          "Write digits with a point for decimals, without spaces, units or thousands separators.",
        );
      }
      return { value };
    }
    case "countryCode":
      return code(text, 2, "country", "DE");
    case "currencyCode":
      return code(text, 3, "currency", "EUR");
  }
}
