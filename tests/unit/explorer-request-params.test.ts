import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import {
  directionParam,
  entityIdList,
  integerParam,
  relationshipTypes,
  requiredEntityId,
  searchText,
} from "../../server/explorer/request-params";
import { apiErrorOf as failure } from "../support/api-error";

describe("explorer request parameters", () => {
  it("turns paging parameters into Neo4j integers within bounds", () => {
    const bounds = { min: 1, max: 500, fallback: 50 };
    expect(integerParam({}, "limit", bounds)).toEqual(neo4j.int(50));
    expect(integerParam({ limit: "20" }, "limit", bounds)).toEqual(neo4j.int(20));
    expect(neo4j.isInt(integerParam({ limit: "20" }, "limit", bounds))).toBe(true);
    for (const bad of ["-1", "1.5", "ten", "0", "501", "1e3"]) {
      const error = failure(() => integerParam({ limit: bad }, "limit", bounds));
      expect(error.status).toBe(400);
      expect(error.code).toBe("Ownergraph.InvalidParameter");
      expect(error.message).toMatch(/"limit"/);
    }
    expect(failure(() => integerParam({ limit: ["1", "2"] }, "limit", bounds)).message).toMatch(
      /given 2 times/,
    );
  });

  it("accepts only known relationship types, repeated or comma-separated", () => {
    expect(relationshipTypes({ types: "OWNS,CONTROLS" }, "types")).toEqual(["OWNS", "CONTROLS"]);
    expect(relationshipTypes({ types: ["OWNS", "OWNS"] }, "types")).toEqual(["OWNS"]);
    expect(relationshipTypes({}, "types")).toEqual([]);
    expect(failure(() => relationshipTypes({ types: "OWNS,`x` DELETE" }, "types")).message).toMatch(
      /relationship types are OWNS, CONTROLS/,
    );
  });

  it("checks entity ids, id lists, direction and search text", () => {
    expect(requiredEntityId({ from: " aisino " }, "from")).toBe("aisino");
    expect(failure(() => requiredEntityId({}, "from")).message).toMatch(
      /"from" must be an entity id/,
    );
    expect(failure(() => requiredEntityId({ from: "x".repeat(301) }, "from")).message).toMatch(
      /at most 300/,
    );
    expect(entityIdList({ ids: ["a,b", "c", "a"] }, "ids", 10)).toEqual(["a", "b", "c"]);
    expect(failure(() => entityIdList({ ids: "" }, "ids", 10)).message).toMatch(/at least one/);
    expect(failure(() => entityIdList({ ids: "a,b,c" }, "ids", 2)).message).toMatch(/at most 2/);
    expect(directionParam({}, "direction")).toBe("both");
    expect(failure(() => directionParam({ direction: "up" }, "direction")).message).toMatch(
      /"out", "in" or "both"/,
    );
    expect(failure(() => searchText({ q: "   " }, "q", 200)).message).toMatch(/text to search/);
    expect(failure(() => searchText({ q: "x".repeat(201) }, "q", 200)).message).toMatch(
      /at most 200/,
    );
  });
});
