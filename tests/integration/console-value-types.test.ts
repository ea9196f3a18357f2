import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { postCypher } from "../support/console-api";

/**
 * Values keep their Neo4j type through the console, both ways: a float is a JSON number (1.0
 * included), an integer the tagged Integer; durations read as ISO 8601 and go back as
 * parameters; a parameter written 1.0 or 1e2 reaches Neo4j as a FLOAT, 1 as an INTEGER.
 */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("console values keep their types", () => {
  it("RETURN 1.0 is a float and RETURN 1 an integer", async () => {
    const { status, body } = await postCypher(server.baseUrl, {
      query: "RETURN 1.0 AS f, 1 AS i, [2.0, 3] AS l, count(*) AS c",
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      [
        1,
        { $type: "Integer", value: "1" },
        [2, { $type: "Integer", value: "3" }],
        { $type: "Integer", value: "1" },
      ],
    ]);
  });

  it("parameters written 1.0 and 1e2 are floats, 1 an integer", async () => {
    const { status, body } = await postCypher(server.baseUrl, {
      query: "RETURN valueType($b) AS b, valueType($c) AS c, valueType($i) AS i, $b AS back",
      paramsText: '{"b": 1.0, "c": 1e2, "i": 1}',
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([["FLOAT NOT NULL", "FLOAT NOT NULL", "INTEGER NOT NULL", 1]]);
  });

  it("durations read as ISO 8601 (P1Y2M, P1D, PT0S) and go back as the same duration", async () => {
    const { body } = await postCypher(server.baseUrl, {
      query:
        "RETURN duration('P1Y2M') AS a, duration('P1D') AS b, duration('PT0S') AS c, duration('P1DT2H') AS d",
    });
    const values = (body.rows?.[0] ?? []).map((cell) => (cell as { value?: string }).value);
    expect(values).toEqual(["P1Y2M", "P1D", "PT0S", "P1DT2H"]);
    const [a, b] = values;
    const back = await postCypher(server.baseUrl, {
      query: "RETURN $a = duration('P1Y2M') AS a, $b = duration('P1D') AS b",
      paramsText: JSON.stringify({
        a: { $type: "Duration", value: a },
        b: { $type: "Duration", value: b },
      }),
    });
    expect(back.status).toBe(200);
    expect(back.body.rows).toEqual([[true, true]]);
    // Neo4j's own duration() reads the text too.
    const parsed = await postCypher(server.baseUrl, {
      query: "RETURN duration($a) = duration('P1Y2M') AS same",
      params: { a },
    });
    expect(parsed.body.rows).toEqual([[true]]);
  });
});
