import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app";
import { loadConfig, readQueryLimits } from "../../server/config";
import { connectNeo4j, type Neo4jConnection } from "../../server/neo4j/connection";
import { findFreePort } from "../../server/neo4j/free-port";

/**
 * A Neo4j of the test's own (embedded, empty, in a temporary folder) behind a real HTTP
 * server, for tests that pause or kill the database: the shared test database of
 * tests/setup/global-neo4j.ts must stay up for the other test files.
 */
export interface OwnNeo4jServer {
  connection: Neo4jConnection;
  app: FastifyInstance;
  baseUrl: string;
  /** What the server logged about Neo4j (starts, stops, restarts). */
  log: string[];
  /** The JVM's process id now (it changes after a restart). */
  pid(): number;
  close(): Promise<void>;
}

export async function startOwnNeo4jServer(): Promise<OwnNeo4jServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ownergraph-own-neo4j-"));
  const log: string[] = [];
  const connection = await connectNeo4j(
    {
      ...loadConfig({}),
      neo4j: {
        kind: "embedded",
        dataDir,
        boltPort: await findFreePort(),
        heap: "384m",
        pageCache: "32m",
        password: "ownergraph-own-test-password",
      },
    },
    (line) => log.push(line),
  );
  const app = await buildApp({
    driver: connection.driver,
    database: connection.database,
    health: connection.health,
    healthDriver: connection.healthDriver,
    limits: readQueryLimits({}),
  });
  const baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
  const pid = () => {
    const current = connection.embeddedProcess()?.pid;
    if (current === undefined) throw new Error("The embedded Neo4j is not running right now.");
    return current;
  };
  return {
    connection,
    app,
    baseUrl,
    log,
    pid,
    async close() {
      const running = connection.embeddedProcess()?.pid;
      if (running !== undefined) process.kill(running, "SIGCONT");
      await app.close();
      await connection.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
