import { describe, expect, it } from "vitest";
import { inferPropertyColumns } from "../../domain/export/property-columns";
import type { Properties } from "../../domain/wire/graph-wire-types";

function shapes(bags: Properties[]) {
  return Object.fromEntries(
    inferPropertyColumns(bags).map((column) => [column.property, column.shape]),
  );
}

const int = (value: string): Properties[string] => ({ $type: "Integer", value });

describe("property column inference", () => {
  it("types each property once over all elements, in order of first appearance", () => {
    const columns = inferPropertyColumns([
      { b: 1, a: "x" },
      { c: true, a: "y" },
    ]);
    expect(columns.map((column) => column.property)).toEqual(["b", "a", "c"]);
    expect(shapes([{ n: 1 }, { n: 2.5 }])).toEqual({ n: { kind: "scalar", scalar: "double" } });
    expect(shapes([{ n: int("1") }, { n: int("9007199254740993") }])).toEqual({
      n: { kind: "scalar", scalar: "Integer" },
    });
    expect(shapes([{ d: { $type: "Date", value: "2020-01-01" } }])).toEqual({
      d: { kind: "scalar", scalar: "Date" },
    });
  });

  it("types a number as a float, whole or not, and a tagged Integer as an integer", () => {
    expect(shapes([{ shareExact: 51, count: int("3"), capital: 1_846_000_000 }])).toEqual({
      shareExact: { kind: "scalar", scalar: "double" },
      count: { kind: "scalar", scalar: "long" },
      capital: { kind: "scalar", scalar: "double" },
    });
    expect(shapes([{ n: int("3") }, { n: 2.5 }])).toEqual({
      n: { kind: "scalar", scalar: "double" },
    });
  });

  it("ignores nulls, types empty lists by their neighbours and all-null columns as strings", () => {
    expect(shapes([{ s: null }, { s: 40 }])).toEqual({ s: { kind: "scalar", scalar: "double" } });
    expect(shapes([{ l: [] }, { l: [int("1"), int("2")] }])).toEqual({
      l: { kind: "list", scalar: "long" },
    });
    expect(shapes([{ l: [] }])).toEqual({ l: { kind: "list", scalar: "string" } });
    expect(shapes([{ z: null }])).toEqual({ z: { kind: "scalar", scalar: "string" } });
  });

  it("calls a column mixed when values disagree in shape or cannot be typed", () => {
    const mixed = { kind: "mixed" };
    expect(shapes([{ m: "a" }, { m: 1 }])).toEqual({ m: mixed });
    expect(shapes([{ m: ["a"] }, { m: "a" }])).toEqual({ m: mixed });
    expect(shapes([{ m: ["a", 1] }])).toEqual({ m: mixed });
    expect(shapes([{ m: [["nested"]] }])).toEqual({ m: mixed });
    expect(shapes([{ m: { key: "map" } }])).toEqual({ m: mixed });
    expect(shapes([{ m: 1.5 }, { m: int("9007199254740993") }])).toEqual({ m: mixed });
  });
});
