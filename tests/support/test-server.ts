import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import path from "node:path";
import { buildApp } from "../../server/app";
import { PROJECT_ROOT, readQueryLimits, type QueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "./neo4j";

export interface TestServer {
  app: FastifyInstance;
  driver: Driver;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, against the test Neo4j, serving the built app. */
export async function startTestServer(limits: Partial<QueryLimits> = {}): Promise<TestServer> {
  const driver = openTestDriver();
  const app = await buildApp({
    driver,
    database: testDatabase(),
    limits: { ...readQueryLimits({}), ...limits },
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    driver,
    baseUrl: address,
    async close() {
      await app.close();
      await driver.close();
    },
  };
}
