/**
 * A strict JSON parser that loses nothing JSON.parse would: whole numbers beyond 2^53 come back
 * as exact `{ $type: "Integer", value }` tagged values (the wire format's own tag), a whole
 * number written as a float (`1.0`, `1e2`) as `{ $type: "Float", value }` with its text, so it
 * reaches Neo4j as a FLOAT and not as the INTEGER a plain `1` is, and every error carries the
 * line and column where the text went wrong. Used by the console (to show
 * the mistake in the parameters box) and by the server (to refuse bad parameters before
 * anything reaches Neo4j).
 */

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  column: number;
  /** 0-based index into the text. */
  offset: number;
}

export type LosslessJsonValue =
  | null
  | boolean
  | number
  | string
  | { $type: "Integer"; value: string }
  | { $type: "Float"; value: string }
  | LosslessJsonValue[]
  | { [key: string]: LosslessJsonValue };

/** Thrown for text that is not JSON; `position` says where, the message says what to fix. */
export class JsonSyntaxError extends Error {
  override readonly name = "JsonSyntaxError";
  constructor(
    readonly reason: string,
    readonly position: JsonPosition,
  ) {
    super(`${reason} (line ${position.line}, column ${position.column})`);
  }
}

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export function positionAt(text: string, offset: number): JsonPosition {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), offset };
}

/** Parses JSON text; throws JsonSyntaxError with the position of the first mistake. */
export function parseLosslessJson(text: string): LosslessJsonValue {
  let index = 0;

  const fail = (reason: string, at = index): never => {
    throw new JsonSyntaxError(reason, positionAt(text, at));
  };
  const skipSpace = () => {
    while (index < text.length && " \t\n\r".includes(text[index] ?? "")) index++;
  };
  const describe = () =>
    index >= text.length ? "the end of the text" : `'${text.slice(index, index + 1)}'`;

  const parseValue = (): LosslessJsonValue => {
    skipSpace();
    const char = text[index];
    if (char === "{") return parseObject();
    if (char === "[") return parseArray();
    if (char === '"') return parseString();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return parseNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    if (char === "'") return fail("Strings must be in double quotes, not single quotes");
    if (char === "}" || char === "]") return fail(`Expected a value before '${char}'`);
    return fail(
      `Expected a value (a string, number, object, list, true, false or null), found ${describe()}`,
    );
  };

  const parseObject = (): LosslessJsonValue => {
    const start = index;
    index++;
    const out: { [key: string]: LosslessJsonValue } = {};
    const seen = new Set<string>();
    skipSpace();
    if (text[index] === "}") {
      index++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[index] === "}") fail("Remove the comma before '}'");
      if (text[index] !== '"') {
        if (index >= text.length) fail("The object opened here is not closed with '}'", start);
        fail(`Property names must be in double quotes, found ${describe()}`);
      }
      const keyAt = index;
      const key = parseString();
      if (seen.has(key)) fail(`The property "${key}" appears twice`, keyAt);
      seen.add(key);
      skipSpace();
      if (text[index] !== ":") fail(`Expected ':' after the property name "${key}"`);
      index++;
      // defineProperty keeps a key such as "__proto__" an ordinary property.
      Object.defineProperty(out, key, {
        value: parseValue(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (text[index] === ",") {
        index++;
        continue;
      }
      if (text[index] === "}") {
        index++;
        return out;
      }
      if (index >= text.length) fail("The object opened here is not closed with '}'", start);
      fail(`Expected ',' or '}' after the value of "${key}", found ${describe()}`);
    }
  };

  const parseArray = (): LosslessJsonValue => {
    const start = index;
    index++;
    const out: LosslessJsonValue[] = [];
    skipSpace();
    if (text[index] === "]") {
      index++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[index] === "]") fail("Remove the comma before ']'");
      if (index >= text.length) fail("The list opened here is not closed with ']'", start);
      out.push(parseValue());
      skipSpace();
      if (text[index] === ",") {
        index++;
        continue;
      }
      if (text[index] === "]") {
        index++;
        return out;
      }
      if (index >= text.length) fail("The list opened here is not closed with ']'", start);
      fail(`Expected ',' or ']' in the list, found ${describe()}`);
    }
  };

  const parseString = (): string => {
    const start = index;
    index++;
    let out = "";
    for (;;) {
      const char = text[index];
      if (char === undefined) return fail("The string opened here is not closed with '\"'", start);
      if (char === '"') {
        index++;
        return out;
      }
      if (char < " ") fail("Write line breaks and tabs inside a string as \\n and \\t");
      if (char !== "\\") {
        out += char;
        index++;
        continue;
      }
      const escape = text[index + 1] ?? "";
      if (escape === "u") {
        const hex = text.slice(index + 2, index + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("\\u must be followed by four hex digits");
        out += String.fromCharCode(parseInt(hex, 16));
        index += 6;
        continue;
      }
      const replacement = ESCAPES[escape];
      if (replacement === undefined) fail(`Unknown escape '\\${escape}' in a string`);
      out += replacement;
      index += 2;
    }
  };

  const parseNumber = (): LosslessJsonValue => {
    const start = index;
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) return fail("A number must have digits after '-'");
    index += match[0].length;
    const literal = match[0];
    if (match[1] !== undefined || match[2] !== undefined) {
      // A fraction or an exponent makes a float, as in Cypher; a whole one says so explicitly.
      const float = Number(literal);
      return Number.isInteger(float) ? { $type: "Float", value: literal } : float;
    }
    const asNumber = Number(literal);
    if (Number.isSafeInteger(asNumber)) return asNumber;
    const exact = BigInt(literal);
    if (exact > INT64_MAX || exact < INT64_MIN) {
      fail("This integer does not fit Neo4j's 64-bit integers", start);
    }
    return { $type: "Integer", value: exact.toString() };
  };

  const value = parseValue();
  skipSpace();
  if (index < text.length) fail(`Unexpected ${describe()} after the end of the JSON value`);
  return value;
}
