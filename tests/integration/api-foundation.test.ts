import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { createDriver } from "../../server/neo4j/connection";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { findFreePort } from "../../server/neo4j/free-port";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function post(query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${server.baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health", () => {
  it("reports the real Neo4j's version, edition and database", async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      neo4j: { version: string; edition: string; database: string };
    };
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.\d+/);
    expect(["community", "enterprise"]).toContain(body.neo4j.edition);
    expect(body.neo4j.database).toBeTruthy();
  });

  it("answers 503 with a reason when Neo4j does not answer", async () => {
    const deadPort = await findFreePort();
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${deadPort}`,
      username: "neo4j",
      password: "whatever1",
      database: undefined,
    });
    const app = await buildApp({ driver, database: undefined, limits: readQueryLimits({}) });
    try {
      const response = await app.inject({ method: "GET", url: "/api/health" });
      expect(response.statusCode).toBe(503);
      const body = response.json<{ status: string; error: { message: string } }>();
      expect(body.status).toBe("unavailable");
      expect(body.error.message).toMatch(/Neo4j does not answer/);
    } finally {
      await app.close();
      await driver.close();
    }
  });
});

describe("POST /api/cypher", () => {
  it("returns columns, rows, summary and an empty graph for scalar results", async () => {
    const { status, body } = await post("RETURN 1 AS one, 'two' AS two");
    expect(status).toBe(200);
    expect(body.columns).toEqual(["one", "two"]);
    expect(body.rows).toEqual([[{ $type: "Integer", value: "1" }, "two"]]);
    expect(body.graph).toEqual({ nodes: [], edges: [] });
    expect(body.truncated).toBe(false);
    expect((body.summary as { queryType: string }).queryType).toBe("r");
  });

  it("returns paths as graphology's serialized graph", async () => {
    const { status, body } = await post("MATCH p = (:Entity)-[]->(:Entity) RETURN p LIMIT 3");
    expect(status).toBe(200);
    const graph = body.graph as {
      nodes: { key: string }[];
      edges: { source: string; target: string; attributes: { type: string } }[];
    };
    expect(graph.edges.length).toBeGreaterThan(0);
    const keys = new Set(graph.nodes.map((node) => node.key));
    for (const edge of graph.edges) {
      expect(keys.has(edge.source)).toBe(true);
      expect(keys.has(edge.target)).toBe(true);
      expect(edge.attributes.type).toMatch(/^[A-Z_]+$/);
    }
  });

  it("draws relationships returned without their end nodes by fetching those nodes", async () => {
    const { body } = await post("MATCH (:Entity)-[r]->(:Entity) RETURN r LIMIT 2");
    const graph = body.graph as { nodes: unknown[]; edges: unknown[] };
    expect(graph.edges.length).toBe(2);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps integers beyond 2^53 and temporal values exact", async () => {
    const { body } = await post(
      "RETURN 9007199254740993 AS big, $n AS n, date('2019-07-22') AS d, duration('P1DT2H') AS du",
      { n: 42 },
    );
    expect(body.rows).toEqual([
      [
        { $type: "Integer", value: "9007199254740993" },
        { $type: "Integer", value: "42" },
        { $type: "Date", value: "2019-07-22" },
        { $type: "Duration", value: "P1DT2H" },
      ],
    ]);
  });

  it("takes every temporal type as a parameter and gives it back as it was sent", async () => {
    const sent = {
      d: { $type: "Date", value: "2024-02-29" },
      dt: { $type: "DateTime", value: "2024-05-31T13:45:00.5+08:00" },
      dz: { $type: "DateTime", value: "2024-05-31T13:45:00+08:00[Asia/Hong_Kong]" },
      ldt: { $type: "LocalDateTime", value: "2024-05-31T13:45:00" },
      t: { $type: "Time", value: "13:45:00Z" },
      lt: { $type: "LocalTime", value: "13:45:00.000000001" },
      du: { $type: "Duration", value: "P1Y2M10DT2H30M" },
    };
    const { status, body } = await post(
      "RETURN $d AS d, $dt AS dt, $dz AS dz, $ldt AS ldt, $t AS t, $lt AS lt, $du AS du, " +
        "$dt.hour AS hour, $d.year AS year, $du.months AS months",
      sent,
    );
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      [
        sent.d,
        // The same instant, in Neo4j's own text (nanoseconds written out).
        { $type: "DateTime", value: "2024-05-31T13:45:00.500000000+08:00" },
        sent.dz,
        sent.ldt,
        sent.t,
        sent.lt,
        { $type: "Duration", value: "P1Y2M10DT2H30M" },
        { $type: "Integer", value: "13" },
        { $type: "Integer", value: "2024" },
        { $type: "Integer", value: "14" },
      ],
    ]);
  });

  it("refuses a temporal parameter that does not read as its type, naming it", async () => {
    const { status, body } = await post("RETURN $when AS when", {
      when: { $type: "Date", value: "2023-02-29" },
    });
    expect(status).toBe(400);
    const error = body.error as { code: string; message: string };
    expect(error.code).toBe("Ownergraph.InvalidParameters");
    expect(error.message).toMatch(/Parameter \$when: "2023-02-29" is not a Date: day 29/);
  });

  it("refuses a write with a read-only error and changes nothing", async () => {
    const before = await post("MATCH (n) RETURN count(n) AS c");
    const { status, body } = await post("CREATE (:Intruder {name: 'x'}) RETURN 1");
    expect(status).toBe(403);
    expect((body.error as { message: string }).message).toMatch(/read-only/);
    const after = await post("MATCH (n) RETURN count(n) AS c");
    expect(after.body.rows).toEqual(before.body.rows);
  });

  it("reports a syntax error with Neo4j's code and the position in the user's text", async () => {
    const { status, body } = await post("MATCH (n\nRETURN n");
    expect(status).toBe(400);
    const error = body.error as {
      code: string;
      message: string;
      position: { line: number; column: number };
    };
    expect(error.code).toBe("Neo.ClientError.Statement.SyntaxError");
    expect(error.position.line).toBe(2);
    expect(error.position.column).toBe(1);
    expect(error.message).not.toMatch(/EXPLAIN/);
  });

  it("refuses a malformed JSON body with a 400 that says what to send", async () => {
    const response = await fetch(`${server.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "RETURN 1", "params": {',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/JSON/);
  });

  it("refuses a missing query with a specific message", async () => {
    const { status, body } = await post("   ");
    expect(status).toBe(400);
    expect((body.error as { message: string }).message).toMatch(
      /"query" must be a non-empty string/,
    );
  });
});
