import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { startTestServer, type TestServer } from "../support/test-server";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { databaseFingerprint, postCypher } from "../support/console-api";
import type { CypherExample } from "../../domain/console/console-wire-types";
import type { SchemaInfo } from "../../domain/console/console-wire-types";

let server: TestServer;
let driver: Driver;

beforeAll(async () => {
  server = await startTestServer();
  driver = openTestDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

async function getJson<T>(path: string, base = server.baseUrl): Promise<T> {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe("GET /api/schema-info", () => {
  it("names the live database's labels, types, keys, procedures and functions", async () => {
    const info = await getJson<SchemaInfo>("/api/schema-info");
    expect(info.labels).toEqual(expect.arrayContaining(["Entity", "Company", "Place", "Source"]));
    expect(info.relationshipTypes).toEqual(
      expect.arrayContaining(["OWNS", "CONTROLS", "SUPPLIES", "SOURCED_FROM"]),
    );
    expect(info.propertyKeys).toEqual(expect.arrayContaining(["id", "caption", "sourceIds"]));
    const labelsProcedure = info.procedures.find((procedure) => procedure.name === "db.labels");
    expect(labelsProcedure?.signature).toMatch(/^db\.labels\(\)/);
    expect(labelsProcedure?.returnItems).toEqual([{ name: "label", signature: "STRING" }]);
    expect(info.functions.map((fn) => fn.name)).toEqual(
      expect.arrayContaining(["toUpper", "date", "elementId"]),
    );
  });
});

describe("GET /api/examples and every example", () => {
  let examples: CypherExample[] = [];

  beforeAll(async () => {
    examples = (await getJson<{ examples: CypherExample[] }>("/api/examples")).examples;
  });

  it("lists the examples the issue asks for, with titles and descriptions", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const titles = examples.map((example) => example.title).join("\n");
    expect(titles).toMatch(/checkpoint.*State Council/);
    expect(titles).toMatch(/contract.*supplier.*owners/i);
    expect(titles).toMatch(/claim.*source/i);
    expect(titles).toMatch(/owners.*unknown/i);
    for (const example of examples) {
      expect(example.description.length, example.id).toBeGreaterThan(20);
      expect(example.query, example.id).not.toMatch(/^\/\/ (title|params):/m);
    }
  });

  it("every example runs read-only against the seed and returns rows", async () => {
    const before = await databaseFingerprint(driver);
    for (const example of examples) {
      const { status, body } = await postCypher(server.baseUrl, {
        query: example.query,
        paramsText: example.paramsText,
      });
      expect(status, `${example.id}: ${JSON.stringify(body.error)}`).toBe(200);
      expect(body.rows?.length, example.id).toBeGreaterThan(0);
      expect(body.summary?.queryType, example.id).toBe("r");
      expect(body.truncated, example.id).toBe(false);
    }
    expect(await databaseFingerprint(driver)).toBe(before);
  });

  it("the chain example draws a path from the checkpoint to the State Council", async () => {
    const chain = examples.find((example) => example.id.includes("checkpoint"));
    const { body } = await postCypher(server.baseUrl, {
      query: chain?.query ?? "",
      paramsText: chain?.paramsText ?? "{}",
    });
    const graph = body.graph as unknown as {
      nodes: { attributes: { properties: { id?: string } } }[];
    };
    const ids = graph.nodes.map((node) => node.attributes.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining(["west-kowloon-station", "aisino", "state-council"]),
    );
  });
});

describe("GET /api/cypher/mode and the explicit write setting", () => {
  it("is read-only by default", async () => {
    const mode = await getJson<{ mode: string; timeoutMs: number }>("/api/cypher/mode");
    expect(mode).toMatchObject({ mode: "read-only", timeoutMs: 10_000 });
  });

  it("writes and commits only when the server is started with allowWrites", async () => {
    const writable = await startTestServer({ allowWrites: true });
    try {
      const mode = await getJson<{ mode: string }>("/api/cypher/mode", writable.baseUrl);
      expect(mode.mode).toBe("read-write");
      const created = await postCypher(writable.baseUrl, {
        query: "CREATE (n:ConsoleWriteProbe { id: $id }) RETURN n",
        params: { id: "console-write-probe" },
      });
      expect(created.status).toBe(200);
      expect(created.body.mode).toBe("read-write");
      const { records } = await driver.executeQuery(
        "MATCH (n:ConsoleWriteProbe) RETURN count(n) AS n",
        {},
        { database: testDatabase() },
      );
      expect(Number(records[0]?.get("n"))).toBe(1);
      // CALL { } IN TRANSACTIONS needs an auto-commit query; the console runs it as one.
      const batched = await postCypher(writable.baseUrl, {
        query:
          "UNWIND [1, 2] AS i CALL (i) { CREATE (:ConsoleWriteProbe { i: i }) } IN TRANSACTIONS OF 1 ROW",
      });
      expect(batched.status, JSON.stringify(batched.body.error)).toBe(200);
      const after = await driver.executeQuery(
        "MATCH (n:ConsoleWriteProbe) RETURN count(n) AS n",
        {},
        { database: testDatabase() },
      );
      expect(Number(after.records[0]?.get("n"))).toBe(3);
    } finally {
      await driver.executeQuery(
        "MATCH (n:ConsoleWriteProbe) DELETE n",
        {},
        { database: testDatabase() },
      );
      await writable.close();
    }
  });
});
