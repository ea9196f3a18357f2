import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { createDriver } from "../../server/neo4j/connection";
import { testDatabase, testNeo4j } from "../support/neo4j";

// Found by the load run (issue 15): with 50 clients the app's connection pool was full, the
// health check waited behind the requests for a connection, overran its 5 s deadline, and the
// server then answered every request 503 "Neo4j is not available" although Neo4j was answering.
// The health check has a connection of its own now. Here the app's pool holds one connection and
// a transaction keeps it busy for longer than the check's deadline.

let app: FastifyInstance;
let requestDriver: Driver;
let healthDriver: Driver;
let baseUrl: string;

beforeAll(async () => {
  const { uri, username, password } = testNeo4j();
  requestDriver = createDriver({ uri, username, password, database: undefined }, 1);
  healthDriver = createDriver({ uri, username, password, database: undefined }, 1);
  app = await buildApp({
    driver: requestDriver,
    healthDriver,
    database: testDatabase(),
    limits: readQueryLimits({}),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await app?.close();
  await requestDriver?.close();
  await healthDriver?.close();
});

describe("a connection pool busy with requests", () => {
  it("does not make Neo4j look gone: health stays ok past the check's deadline", async () => {
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
    const session = requestDriver.session({ database: testDatabase() });
    const busy = await session.beginTransaction();
    try {
      await busy.run("RETURN 1");
      // Longer than the check's 5 s deadline plus its 2 s interval.
      await new Promise((resolve) => setTimeout(resolve, 7_500));
      const health = await fetch(`${baseUrl}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok" });
    } finally {
      await busy.rollback();
      await session.close();
    }
    const search = await fetch(`${baseUrl}/api/search?q=aisino`);
    expect(search.status).toBe(200);
  }, 30_000);
});
