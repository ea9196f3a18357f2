import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { preferQuickStartingJvm } from "./quick-jvm";
import { loadConfig, type AppConfig } from "../../server/config";
import { prepareDatabase } from "../../server/boot";
import { findFreePort } from "../../server/neo4j/free-port";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import type { TestNeo4j } from "../support/test-neo4j-context";

/**
 * Starts one real Neo4j for the integration and browser tests: the one NEO4J_URI names, or an
 * embedded one on a free port in a temporary data folder. Schema and seed are applied through
 * the same code path as `npm start`.
 *
 * The start runs in the background (under `vitest run`, while the unit tests run first): the
 * credentials are known before it ends, and tests/setup/wait-for-neo4j.ts holds each
 * integration file until the file `readyFile` says the database is ready, or why it is not.
 * `npm test` runs two Vitest runs of the integration project at once (scripts/run-test-lanes.mjs),
 * each with a Neo4j of its own from this setup.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  preferQuickStartingJvm();
  const base = loadConfig();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "ownergraph-test-neo4j-"));
  const readyFile = path.join(scratch, "ready.json");
  let config: AppConfig = base;
  let credentials: TestNeo4j;
  if (base.neo4j.kind === "embedded") {
    const boltPort = await findFreePort();
    const password = "ownergraph-test-password";
    config = {
      ...base,
      neo4j: {
        kind: "embedded",
        dataDir: path.join(scratch, "neo4j"),
        boltPort,
        heap: "768m",
        pageCache: "128m",
        password,
      },
    };
    // The embedded launcher listens on 127.0.0.1 at the port given and serves "neo4j".
    credentials = {
      uri: `bolt://127.0.0.1:${boltPort}`,
      username: "neo4j",
      password,
      database: "neo4j",
      readyFile,
    };
  } else {
    credentials = {
      uri: base.neo4j.uri,
      username: base.neo4j.username,
      password: base.neo4j.password,
      database: base.neo4j.database ?? null,
      readyFile,
    };
  }
  const starting: Promise<Neo4jConnection | null> = prepareDatabase(config, (line) =>
    console.info(`[neo4j] ${line}`),
  ).then(
    async (connection) => {
      await writeFile(readyFile, JSON.stringify({ ready: true }));
      return connection;
    },
    async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      await writeFile(readyFile, JSON.stringify({ ready: false, message }));
      return null;
    },
  );
  project.provide("neo4j", credentials);
  return async () => {
    const connection = await starting;
    await connection?.close();
    await rm(scratch, { recursive: true, force: true });
  };
}
