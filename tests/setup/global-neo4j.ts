import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig, type AppConfig } from "../../server/config";
import { prepareDatabase } from "../../server/boot";
import { findFreePort } from "../../server/neo4j/free-port";
import type { TestNeo4j } from "../support/test-neo4j-context";

/**
 * Starts one real Neo4j for the integration and browser tests: the one NEO4J_URI names, or an
 * embedded one on a free port in a temporary data folder. Schema and seed are applied through
 * the same code path as `npm start`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = loadConfig();
  let dataDir: string | undefined;
  let config: AppConfig = base;
  if (base.neo4j.kind === "embedded") {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "ownergraph-test-neo4j-"));
    config = {
      ...base,
      neo4j: {
        kind: "embedded",
        dataDir,
        boltPort: await findFreePort(),
        heap: "768m",
        pageCache: "128m",
        password: "ownergraph-test-password",
      },
    };
  }
  const connection = await prepareDatabase(config, (line) => console.info(`[neo4j] ${line}`));
  const credentials: TestNeo4j =
    config.neo4j.kind === "external"
      ? {
          uri: config.neo4j.uri,
          username: config.neo4j.username,
          password: config.neo4j.password,
          database: config.neo4j.database ?? null,
        }
      : {
          uri: connection.uri,
          username: "neo4j",
          password: config.neo4j.password ?? "",
          database: connection.database ?? null,
        };
  project.provide("neo4j", credentials);
  return async () => {
    await connection.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
