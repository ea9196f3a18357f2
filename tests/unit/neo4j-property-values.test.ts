import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { toProperties } from "../../server/query/neo4j-values";

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
      employees: 150_000,
      registeredCapital: { $type: "Integer", value: "9007199254740993" },
      founded: { $type: "Date", value: "2000-11-26" },
      codes: [600271, 1],
      ratio: "NaN",
    });
    expect(properties.employees).toEqual(neo4j.int(150_000));
    expect(properties.founded).toBe(founded);
  });

  it("converts a list as soon as one of its items is not JSON", () => {
    const properties = { quotes: ["said so"], years: [2019, neo4j.int(2020)] };
    expect(toProperties(properties)).toEqual({ quotes: ["said so"], years: [2019, 2020] });
  });
});
