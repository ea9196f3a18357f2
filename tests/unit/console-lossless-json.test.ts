import { describe, expect, it } from "vitest";
import {
  JsonSyntaxError,
  parseLosslessJson,
  type JsonPosition,
} from "../../domain/json/lossless-json";

function errorOf(text: string): { reason: string; position: JsonPosition } {
  try {
    parseLosslessJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { reason: error.reason, position: error.position };
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe("parseLosslessJson", () => {
  it("reads what JSON.parse reads, the same way", () => {
    const samples = [
      '{"a": 1, "b": [true, false, null], "c": {"d": "e\\u00e9\\n"}}',
      "[]",
      "{}",
      '  "text"  ',
      "-0.25e1",
      '{"name": "航天信息", "code": "600271", "share": 0.5}',
    ];
    for (const sample of samples) expect(parseLosslessJson(sample)).toEqual(JSON.parse(sample));
  });

  it("keeps integers beyond 2^53 exact as tagged Integer values", () => {
    expect(parseLosslessJson('{"n": 9007199254740993, "m": -9223372036854775808}')).toEqual({
      n: { $type: "Integer", value: "9007199254740993" },
      m: { $type: "Integer", value: "-9223372036854775808" },
    });
    expect(parseLosslessJson("9007199254740991")).toBe(9007199254740991);
    // A fraction or exponent makes it a float, as in Cypher.
    expect(parseLosslessJson("9007199254740993.0")).toEqual({
      $type: "Float",
      value: "9007199254740993.0",
    });
  });

  it("keeps a whole number written with a decimal point or exponent a float", () => {
    expect(parseLosslessJson('{"a": 1, "b": 1.0, "c": 1e2, "d": -2.50E1, "e": 0.5}')).toEqual({
      a: 1,
      b: { $type: "Float", value: "1.0" },
      c: { $type: "Float", value: "1e2" },
      d: { $type: "Float", value: "-2.50E1" },
      e: 0.5,
    });
  });

  it("refuses integers that do not fit 64 bits, pointing at them", () => {
    const { reason, position } = errorOf('{"n":\n  9223372036854775808}');
    expect(reason).toMatch(/64-bit/);
    expect(position).toEqual({ line: 2, column: 3, offset: 8 });
  });

  it("names the line and column of a missing comma", () => {
    const { reason, position } = errorOf('{\n  "a": 1\n  "b": 2\n}');
    expect(reason).toMatch(/Expected ',' or '}' after the value of "a", found '"'/);
    expect(position).toMatchObject({ line: 3, column: 3 });
  });

  it("explains the usual mistakes", () => {
    expect(errorOf("{'a': 1}").reason).toMatch(/double quotes/);
    expect(errorOf('{"a": 1,}').reason).toMatch(/Remove the comma/);
    expect(errorOf("[1, 2,]").reason).toMatch(/Remove the comma/);
    expect(errorOf('{"a": 1, "a": 2}').reason).toMatch(/appears twice/);
    expect(errorOf('{"a": "x\ny"}').reason).toMatch(/\\n/);
    expect(errorOf('{"a": "\\q"}').reason).toMatch(/Unknown escape/);
    expect(errorOf('{"a": tru}').reason).toMatch(/Expected a value/);
    expect(errorOf('{"a": 1} x').reason).toMatch(/after the end/);
    expect(errorOf('{"a": -}').reason).toMatch(/digits/);
  });

  it("points an unclosed object or string at where it was opened", () => {
    expect(errorOf('{"a": [1, 2').position.offset).toBe(6);
    expect(errorOf('{"a": 1').position.offset).toBe(0);
    expect(errorOf('{"a": "open').position.offset).toBe(6);
  });

  it("keeps a __proto__ key an ordinary property", () => {
    const value = parseLosslessJson('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("puts the position in the message too", () => {
    expect(() => parseLosslessJson("{\n  x")).toThrow(/line 2, column 3/);
  });
});
