/**
 * A model value as a field of a `neo4j-admin database import` CSV file, typed so the imported
 * store holds what the online writer stores through the driver: text stays a string, a number
 * becomes a `double` (the driver sends every JavaScript number as a Float), a boolean a
 * `boolean`, a list of texts a `string[]` (its items joined by the array delimiter).
 *
 * Fields follow RFC 4180 (csvField of the CSV export): an absent value is an empty unquoted
 * field, which neo4j-admin stores as no property; an empty string is `""`, stored as "".
 */
import { csvField } from "../export/csv-exporter";
import type { RowValue } from "./model-rows";

export type AdminCsvType = "string" | "double" | "boolean" | "string[]";

/** A list item holds the array delimiter: neo4j-admin would split it in two. */
export class AdminCsvValueError extends Error {
  override readonly name = "AdminCsvValueError";
}

/** The column type of a value (JavaScript numbers are doubles; lists hold strings only). */
export function adminCsvType(value: RowValue): AdminCsvType {
  if (Array.isArray(value)) return "string[]";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

/** A header field: `name` for text, `name:double`, `name:boolean`, `name:string[]`. */
export function adminCsvHeaderField(name: string, type: AdminCsvType): string {
  return type === "string" ? name : `${name}:${type}`;
}

/**
 * One field, quoted as needed. An empty list is written as one empty item (`""`), which
 * neo4j-admin reads as an empty array; `property` names the value in the error message.
 */
export function adminCsvField(
  value: RowValue | undefined,
  arrayDelimiter: string,
  property: string,
): string {
  if (value === undefined) return csvField(null);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item.includes(arrayDelimiter)) {
        throw new AdminCsvValueError(
          `The list ${property} holds an item with the character U+${codePoint(arrayDelimiter)} ` +
            `(the bulk import's list separator): ${JSON.stringify(item)}. Remove that control ` +
            "character from the input, or load this file with the online import (without --bulk).",
        );
      }
    }
    return csvField(value.join(arrayDelimiter));
  }
  // JavaScript's shortest round-trip text of a number is one Java's Double.parseDouble reads.
  return csvField(String(value));
}

function codePoint(character: string): string {
  return (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}
