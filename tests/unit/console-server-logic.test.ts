import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { refusalOf, NEO4J_ACCESS_MODE_CODE } from "../../server/query/query-safety";
import type { PlanNode, QuerySummary } from "../../server/query/plan-summary";
import { CypherExampleError, parseExampleFile } from "../../server/query/cypher-examples";
import { INVALID_PARAMS_CODE, readConsoleParams } from "../../server/query/console-params";
import { apiErrorOf } from "../support/api-error";
import { ExplainCache } from "../../server/query/explain-cache";

function plan(operatorType: string, details?: string, children: PlanNode[] = []): PlanNode {
  return {
    operatorType,
    identifiers: [],
    arguments: details === undefined ? {} : { Details: details },
    children,
  };
}

function summary(queryType: string, root: PlanNode | null = null): QuerySummary {
  return {
    queryType,
    counters: {},
    containsUpdates: false,
    resultAvailableAfterMs: null,
    resultConsumedAfterMs: null,
    plan: root,
    notifications: [],
  };
}

describe("refusalOf (what the read-only console refuses, from the EXPLAIN plan)", () => {
  it("refuses writes and schema or admin commands with Neo4j's access-mode code", () => {
    for (const type of ["w", "rw", "s"]) {
      expect(refusalOf(summary(type))?.neo4jCode).toBe(NEO4J_ACCESS_MODE_CODE);
    }
    expect(refusalOf(summary("s"))?.reason).toMatch(/schema or administration/);
  });

  it("refuses LOAD CSV and TERMINATE TRANSACTIONS anywhere in a read plan", () => {
    const load = plan("ProduceResults@neo4j", "l", [plan("LoadCSV@neo4j", "l")]);
    expect(refusalOf(summary("r", load))?.reason).toMatch(/LOAD CSV/);
    const terminate = plan("ProduceResults@neo4j", "x", [plan("TerminateTransactions@neo4j")]);
    expect(refusalOf(summary("r", terminate))?.reason).toMatch(/TERMINATE/);
  });

  it("refuses read-mode procedures that change server state, and allows the others", () => {
    const call = (name: string) =>
      summary(
        "r",
        plan("ProduceResults@neo4j", "", [
          plan("ProcedureCall@neo4j", `${name}() :: (x :: STRING)`),
        ]),
      );
    expect(refusalOf(call("db.stats.clear"))?.reason).toMatch(/db\.stats\.clear/);
    expect(refusalOf(call("db.labels"))).toBeNull();
    expect(refusalOf(summary("r", plan("ProduceResults@neo4j", "n")))).toBeNull();
  });
});

describe("parseExampleFile", () => {
  it("reads title, description (continued), params and the query", () => {
    const example = parseExampleFile(
      "10-chain",
      [
        "// title: The chain",
        "// description: From a place",
        "//   up to the top.",
        '// params: {"placeId": "west-kowloon-station",',
        '//   "big": 9007199254740993}',
        "// columns: chain (path)",
        "// A note that belongs to the query.",
        "MATCH p = (:Place {id: $placeId}) RETURN p",
      ].join("\n"),
    );
    expect(example).toEqual({
      id: "10-chain",
      title: "The chain",
      description: "From a place up to the top.",
      query: "// A note that belongs to the query.\nMATCH p = (:Place {id: $placeId}) RETURN p",
      paramsText: JSON.stringify(
        { placeId: "west-kowloon-station", big: { $type: "Integer", value: "9007199254740993" } },
        null,
        2,
      ),
    });
  });

  it("accepts examples without parameters and refuses files without a title", () => {
    expect(parseExampleFile("x", "// title: T\n// params: none\nRETURN 1").paramsText).toBe("{}");
    expect(() => parseExampleFile("x", "RETURN 1")).toThrow(CypherExampleError);
    expect(() => parseExampleFile("x", "// title: T\n// params: {oops}\nRETURN 1")).toThrow(
      /not JSON/,
    );
  });
});

describe("readConsoleParams", () => {
  const refusal = (params: unknown, paramsText: unknown) =>
    apiErrorOf(() => readConsoleParams(params, paramsText));

  it("parses paramsText, keeping integers beyond 2^53 exact", () => {
    const params = readConsoleParams(undefined, '{"n": 9007199254740993, "s": "x"}');
    expect(String(params.n)).toBe("9007199254740993");
    expect(params.s).toBe("x");
    expect(readConsoleParams(undefined, "  ")).toEqual({});
    expect(readConsoleParams(undefined, undefined)).toEqual({});
  });

  it("sends 1 as an integer, and 1.0 and 1e2 as floats, from paramsText and tagged params", () => {
    const params = readConsoleParams(undefined, '{"a": 1, "b": 1.0, "c": 1e2, "d": [2.0, 3]}');
    expect(neo4j.isInt(params.a)).toBe(true);
    expect(params.b).toBe(1);
    expect(params.c).toBe(100);
    expect(params.d).toEqual([2, neo4j.int(3)]);
    const tagged = readConsoleParams({ f: { $type: "Float", value: "4.0" }, g: 5 }, undefined);
    expect(tagged.f).toBe(4);
    expect(neo4j.isInt(tagged.g)).toBe(true);
    expect(refusal({ f: { $type: "Float", value: "four" } }, undefined).message).toMatch(
      /Parameter \$f: .*Float/,
    );
  });

  it("refuses malformed paramsText with a 400 naming line and column", () => {
    const error = refusal(undefined, '{\n  "a": 1,\n  b: 2\n}');
    expect(error.status).toBe(400);
    expect(error.code).toBe(INVALID_PARAMS_CODE);
    expect(error.position).toMatchObject({ line: 3, column: 3 });
    expect(error.message).toMatch(/line 3, column 3/);
  });

  it("refuses parameters that are not an object, and both fields at once", () => {
    expect(refusal(undefined, "[1]").position).toMatchObject({ line: 1, column: 1 });
    expect(refusal({}, "{}").message).toMatch(/not both/);
    expect(refusal([1], undefined).message).toMatch(/must be a JSON object/);
  });
});

describe("ExplainCache", () => {
  it("keeps the most recently used summaries, per database and text", () => {
    const cache = new ExplainCache(2);
    const a = ExplainCache.key("neo4j", "RETURN 1");
    const b = ExplainCache.key("neo4j", "RETURN 2");
    const c = ExplainCache.key(undefined, "RETURN 1");
    cache.set(a, summary("r"));
    cache.set(b, summary("w"));
    expect(cache.get(a)?.queryType).toBe("r"); // a is now the most recent
    cache.set(c, summary("s"));
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)?.queryType).toBe("r");
    expect(cache.get(c)?.queryType).toBe("s");
    expect(cache.size).toBe(2);
  });
});
