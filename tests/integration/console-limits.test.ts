import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { startTestServer, type TestServer } from "../support/test-server";
import { openTestDriver } from "../support/neo4j";
import { openConsoleTransactions, postCypher, SLOW_QUERY, waitFor } from "../support/console-api";

let quick: TestServer;
let patient: TestServer;
let driver: Driver;

beforeAll(async () => {
  // One server with a 1 s timeout and small caps, one with the default 10 s for concurrency.
  quick = await startTestServer({ timeoutMs: 1000, maxRows: 5, maxGraphElements: 10 });
  patient = await startTestServer();
  driver = openTestDriver();
});
afterAll(async () => {
  await driver?.close();
  await quick?.close();
  await patient?.close();
});

describe("timeout", () => {
  it("stops a cartesian product over the whole graph with a message, then runs the next query", async () => {
    const slow = await postCypher(quick.baseUrl, { query: SLOW_QUERY });
    expect(slow.status).toBe(408);
    expect(slow.body.error?.code).toMatch(/TransactionTimedOut|QueryTimedOut/);
    expect(slow.body.error?.message).toMatch(/longer than 1 s.*LIMIT/);
    expect(slow.ms).toBeLessThan(8000);
    const next = await postCypher(quick.baseUrl, {
      query: "MATCH (n:Entity) RETURN count(n) AS n",
    });
    expect(next.status).toBe(200);
    // The timed-out transaction is gone once Neo4j has finished rolling it back.
    expect(
      await waitFor(async () => (await openConsoleTransactions(driver)).length === 0, 5_000),
      (await openConsoleTransactions(driver)).join(", "),
    ).toBe(true);
  });
});

describe("concurrency and cancel", () => {
  it("answers /api/health and another query quickly while a slow query runs", async () => {
    const controller = new AbortController();
    const slow = postCypher(patient.baseUrl, { query: SLOW_QUERY }, controller.signal).catch(
      (error: unknown) => error,
    );
    expect(
      await waitFor(async () => (await openConsoleTransactions(driver)).length > 0, 5000),
    ).toBe(true);
    const started = performance.now();
    const health = await fetch(`${patient.baseUrl}/api/health`);
    const other = await postCypher(patient.baseUrl, { query: "RETURN 1 AS one" });
    expect(health.status).toBe(200);
    expect(other.body.rows).toEqual([[{ $type: "Integer", value: "1" }]]);
    // The slow query needs many seconds; these answer in milliseconds (generous on a busy CI box).
    expect(performance.now() - started).toBeLessThan(3000);
    controller.abort();
    expect(await slow).toBeInstanceOf(Error);
  });

  it("cancelling the HTTP request stops the query inside Neo4j (SHOW TRANSACTIONS)", async () => {
    const controller = new AbortController();
    const slow = postCypher(patient.baseUrl, { query: SLOW_QUERY }, controller.signal).catch(
      (error: unknown) => error,
    );
    expect(
      await waitFor(async () => (await openConsoleTransactions(driver)).length > 0, 5000),
    ).toBe(true);
    const abortedAt = performance.now();
    controller.abort();
    await slow;
    const gone = await waitFor(
      async () => (await openConsoleTransactions(driver)).length === 0,
      5000,
    );
    expect(gone, (await openConsoleTransactions(driver)).join("\n")).toBe(true);
    // Left alone, the query would run until its 10 s timeout.
    expect(performance.now() - abortedAt).toBeLessThan(5000);
  });
});

describe("caps", () => {
  it("caps rows, says truncated and how to narrow the query", async () => {
    const { status, body } = await postCypher(quick.baseUrl, {
      query: "UNWIND range(1, 100) AS i RETURN i",
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.truncation).toMatchObject({ reason: "rows", limit: 5 });
    expect(body.truncation?.message).toMatch(/first 5 rows.*LIMIT/);
  });

  it("stops reading a huge stream at the cap instead of waiting for it", async () => {
    const { status, body, ms } = await postCypher(quick.baseUrl, {
      query: "UNWIND range(1, 100000000) AS i RETURN i",
    });
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    // Reading all 100 million rows would take minutes.
    expect(ms).toBeLessThan(5000);
    // The answer may leave before Neo4j has finished closing the transaction; it must be gone
    // within moments (reading on would take minutes), not at the instant the answer arrives.
    const closed = await waitFor(
      async () => (await openConsoleTransactions(driver)).length === 0,
      3000,
    );
    expect(closed, (await openConsoleTransactions(driver)).join("\n")).toBe(true);
  });

  it("answers the next query after one cut off mid-stream at the default row cap", async () => {
    // Cut off after several of the driver's batches (5,000 rows of 100 million), a stream must
    // not leave its connection in a state that fails the next query on it (found on a
    // 1,000,000-entity store: "Message of type PullMessage cannot be handled by a session in
    // the READY state" for the query after a capped one).
    for (let round = 0; round < 5; round++) {
      const capped = await postCypher(patient.baseUrl, {
        query: "UNWIND range(1, 100000000) AS i RETURN i",
      });
      expect(capped.status, JSON.stringify(capped.body.error)).toBe(200);
      expect(capped.body.truncation?.reason).toBe("rows");
      const next = await postCypher(patient.baseUrl, { query: "RETURN 1 AS one" });
      expect(next.status, JSON.stringify(next.body.error)).toBe(200);
      expect(next.body.rows).toHaveLength(1);
    }
  });

  it("caps graph elements, keeping a graph that imports", async () => {
    const { status, body } = await postCypher(quick.baseUrl, {
      query: "MATCH p = (:Entity)-[]->(:Entity) RETURN collect(p) AS paths",
    });
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.truncation).toMatchObject({ reason: "graph", limit: 10 });
    expect(body.truncation?.message).toMatch(/more than 10 nodes and relationships/);
    const graph = body.graph ?? { nodes: [], edges: [] };
    expect(graph.nodes.length + graph.edges.length).toBeLessThanOrEqual(10);
    const keys = new Set(graph.nodes.map((node) => node.key));
    for (const edge of graph.edges as unknown as {
      source: string;
      target: string;
    }[]) {
      expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
    }
  });
});

describe("repeated queries (the EXPLAIN check is cached per text)", () => {
  it("still refuses a write the second time, and runs a read the same way twice", async () => {
    for (let run = 0; run < 2; run++) {
      const write = await postCypher(patient.baseUrl, { query: "CREATE (:Intruder) RETURN 1" });
      expect(write.status).toBe(403);
      const read = await postCypher(patient.baseUrl, {
        query: "MATCH (e:Entity { id: $id }) RETURN e.id AS id",
        params: { id: run === 0 ? "aisino" : "casic" },
      });
      expect(read.body.rows).toEqual([[run === 0 ? "aisino" : "casic"]]);
    }
  });

  it("draws the ends of relationships in a capped result too", async () => {
    const { body } = await postCypher(quick.baseUrl, { query: "MATCH ()-[r]->() RETURN r" });
    expect(body.truncated).toBe(true);
    expect(body.rows).toHaveLength(5);
    expect(body.graph?.edges.length).toBeGreaterThan(0);
  });
});

describe("parameters", () => {
  it("refuses malformed JSON parameters with the position, before Neo4j sees the query", async () => {
    // The query is not Cypher either: a params error proves Neo4j was never asked.
    const { status, body } = await postCypher(patient.baseUrl, {
      query: "THIS IS NOT CYPHER",
      paramsText: '{\n  "id": "aisino",\n  "depth": 3,,\n}',
    });
    expect(status).toBe(400);
    expect(body.error?.code).toBe("Ownergraph.InvalidParameters");
    expect(body.error?.position).toMatchObject({ line: 3, column: 14 });
    expect(body.error?.message).toMatch(/line 3, column 14/);
  });

  it("passes paramsText as parameters, integers beyond 2^53 exact", async () => {
    const { status, body } = await postCypher(patient.baseUrl, {
      query: "RETURN $n AS n, $n + 1 AS next, $id AS id, $list AS list",
      paramsText: '{ "n": 9007199254740993, "id": "aisino", "list": [1, 2.5, "x"] }',
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      [
        { $type: "Integer", value: "9007199254740993" },
        { $type: "Integer", value: "9007199254740994" },
        "aisino",
        [{ $type: "Integer", value: "1" }, 2.5, "x"],
      ],
    ]);
  });

  it("returns dates, durations, points, lists and maps faithfully", async () => {
    const { body } = await postCypher(patient.baseUrl, {
      query:
        "RETURN datetime('2019-07-22T10:15:30+08:00') AS at, localtime('10:15') AS t, point({x: 1.5, y: 2}) AS p, {a: [1, {b: date('2003-07-11')}]} AS m",
    });
    expect(body.rows).toEqual([
      [
        { $type: "DateTime", value: "2019-07-22T10:15:30+08:00" },
        { $type: "LocalTime", value: "10:15:00" },
        { $type: "Point", srid: 7203, x: 1.5, y: 2 },
        { a: [{ $type: "Integer", value: "1" }, { b: { $type: "Date", value: "2003-07-11" } }] },
      ],
    ]);
  });
});
