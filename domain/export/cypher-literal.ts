import type { PropertyValue, TaggedValue } from "../wire/graph-wire-types";
import { isTaggedValue } from "../wire/graph-wire-types";

/**
 * Cypher literals for values exported into a script. Strings are single-quoted with backslash
 * escapes; identifiers (labels, types, property names) are always backtick-quoted with
 * backticks doubled, so no name can close the quote.
 */

export interface CypherLiteralOptions {
  /** Write every character outside ASCII as `\uXXXX` (or `\UXXXXXXXX`). Default false. */
  asciiOnly?: boolean;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "'": "\\'",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

// Controls, DEL, line/paragraph separators and unpaired surrogates are always escaped. With the
// `u` flag a surrogate pair is one character, so the surrogate range matches only unpaired halves.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const ALWAYS_ESCAPED = /[\\'\u0000-\u001F\u007F\u2028\u2029\uD800-\uDFFF]/gu;
/** Everything but printable ASCII, quote and backslash included. */
const ESCAPED_WHEN_ASCII_ONLY = /[^\u0020-\u0026\u0028-\u005B\u005D-\u007E]/gu;

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, "0");
}

function escapeCharacter(character: string): string {
  const simple = SIMPLE_ESCAPES[character];
  if (simple !== undefined) return simple;
  const codePoint = character.codePointAt(0) ?? 0xfffd;
  if (character.length === 2) return `\\U${hex(codePoint, 8)}`;
  return `\\u${hex(codePoint, 4)}`;
}

/** A single-quoted Cypher string literal. */
export function cypherString(value: string, options: CypherLiteralOptions = {}): string {
  const pattern = options.asciiOnly ? ESCAPED_WHEN_ASCII_ONLY : ALWAYS_ESCAPED;
  return `'${value.replace(pattern, escapeCharacter)}'`;
}

/** A backtick-quoted label, relationship type or property name. */
export function cypherName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

/** A float literal: always with a decimal point or exponent, never with `e+`. */
export function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return "toFloat('NaN')";
  if (!Number.isFinite(value)) return value > 0 ? "toFloat('Infinity')" : "toFloat('-Infinity')";
  const text = String(value).replace("e+", "e");
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function taggedLiteral(value: TaggedValue, options: CypherLiteralOptions): string {
  switch (value.$type) {
    case "Integer":
      // The most negative long has no positive counterpart to negate, so it is parsed instead.
      return /^-?\d+$/.test(value.value) && value.value !== "-9223372036854775808"
        ? value.value
        : `toInteger(${cypherString(value.value)})`;
    case "Point": {
      const z = value.z === undefined ? "" : `, z: ${cypherFloat(value.z)}`;
      return `point({srid: ${value.srid}, x: ${cypherFloat(value.x)}, y: ${cypherFloat(value.y)}${z}})`;
    }
    case "Bytes":
      return cypherString(value.base64, options);
    default:
      return `${value.$type.toLowerCase()}(${cypherString(value.value, options)})`;
  }
}

/**
 * A property value as a literal. A number is a float (integers come tagged, see
 * graph-wire-types.ts). Byte arrays become their base64 text and maps their JSON text, since
 * Cypher has no byte literal and Neo4j stores no map properties.
 */
export function cypherValue(value: PropertyValue, options: CypherLiteralOptions = {}): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return cypherFloat(value);
  if (typeof value === "string") return cypherString(value, options);
  if (Array.isArray(value)) {
    return `[${value.map((item) => cypherValue(item, options)).join(", ")}]`;
  }
  if (isTaggedValue(value)) return taggedLiteral(value, options);
  return cypherString(JSON.stringify(value), options);
}
