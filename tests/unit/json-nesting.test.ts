import { describe, expect, it } from "vitest";
import { textDepth, valueDepth } from "../../domain/json/json-nesting";

describe("JSON nesting depth", () => {
  it("measures parsed values without recursion, even 100,000 deep", () => {
    expect(valueDepth(1)).toBe(0);
    expect(valueDepth({ a: [1, { b: [] }] })).toBe(4);
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(valueDepth(deep)).toBe(100_000);
  });

  it("measures text, ignoring brackets inside strings", () => {
    expect(textDepth('{"a": "[[[{{{", "b": [1, [2]]}')).toBe(3);
    expect(textDepth('{"a": "\\"[["}')).toBe(1);
    expect(textDepth("[".repeat(5000))).toBe(5000);
  });
});
