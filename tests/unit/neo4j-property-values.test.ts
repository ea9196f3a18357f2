import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { toProperties, toPropertyValue } from "../../server/query/neo4j-values";

describe("node and relationship properties as JSON", () => {
  it("answers the driver's own object when every value is already JSON", () => {
    const properties = {
      name: "Aisino Corporation",
      names: ["Aisino Corporation", "航天信息股份有限公司"],
      shareExact: 51.2,
      listed: true,
    };
    expect(toProperties(properties)).toBe(properties);
  });

  it("converts integers, temporals and odd numbers into a new object and leaves the input alone", () => {
    const founded = new neo4j.types.Date(2000, 11, 26);
    const properties = {
      name: "CASIC",
      employees: neo4j.int(150_000),
      registeredCapital: neo4j.int("9007199254740993"),
      founded,
      codes: [neo4j.int(600271), neo4j.int(1)],
      ratio: Number.NaN,
    };
    const converted = toProperties(properties);
    expect(converted).not.toBe(properties);
    expect(converted).toEqual({
      name: "CASIC",
      employees: { $type: "Integer", value: "150000" },
      registeredCapital: { $type: "Integer", value: "9007199254740993" },
      founded: { $type: "Date", value: "2000-11-26" },
      codes: [
        { $type: "Integer", value: "600271" },
        { $type: "Integer", value: "1" },
      ],
      ratio: "NaN",
    });
    expect(properties.employees).toEqual(neo4j.int(150_000));
    expect(properties.founded).toBe(founded);
  });

  it("converts a list as soon as one of its items is not JSON", () => {
    const properties = { quotes: ["said so"], years: [2019, neo4j.int(2020)] };
    expect(toProperties(properties)).toEqual({
      quotes: ["said so"],
      years: [2019, { $type: "Integer", value: "2020" }],
    });
  });
});

describe("numbers keep their Neo4j type on the wire", () => {
  it("a JSON number is always a float, an integer always the tagged Integer", () => {
    // The driver hands floats over as numbers (3.0 is 3) and integers as Integer objects.
    expect(toPropertyValue(3)).toBe(3);
    expect(toPropertyValue(17_897_000_000)).toBe(17_897_000_000);
    expect(toPropertyValue(neo4j.int(3))).toEqual({ $type: "Integer", value: "3" });
    expect(toPropertyValue(neo4j.int(-42))).toEqual({ $type: "Integer", value: "-42" });
    expect(toPropertyValue(BigInt(7))).toEqual({ $type: "Integer", value: "7" });
  });
});

describe("durations as ISO 8601 text", () => {
  const text = (months: number, days: number, seconds: number, nanoseconds = 0) =>
    toPropertyValue(new neo4j.types.Duration(months, days, seconds, nanoseconds));

  it("has no dangling T when there is no time part, and PT0S for zero", () => {
    expect(text(14, 0, 0)).toEqual({ $type: "Duration", value: "P1Y2M" });
    expect(text(0, 1, 0)).toEqual({ $type: "Duration", value: "P1D" });
    expect(text(0, 0, 0)).toEqual({ $type: "Duration", value: "PT0S" });
  });

  it("keeps the time part after T", () => {
    expect(text(0, 0, 3600)).toEqual({ $type: "Duration", value: "PT1H" });
    expect(text(14, 3, 3661, 500_000_000)).toEqual({
      $type: "Duration",
      value: "P1Y2M3DT1H1M1.500000000S",
    });
  });
});
