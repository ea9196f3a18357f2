import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig, type AppConfig } from "../../server/config";
import { prepareDatabase } from "../../server/boot";
import { findFreePort } from "../../server/neo4j/free-port";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { BENCH_STORE_PASSWORD } from "./kept-store";

/**
 * A Neo4j for a benchmark: the one NEO4J_URI names, or a fresh embedded one in a temporary
 * folder (removed afterwards), with schema and seed applied as at `npm start`.
 */
export async function openBenchDatabase(
  sizes: { heap: string; pageCache: string } = { heap: "2g", pageCache: "1g" },
): Promise<{ connection: Neo4jConnection; config: AppConfig; dispose(): Promise<void> }> {
  const base = loadConfig();
  let dataDir: string | undefined;
  let config = base;
  if (base.neo4j.kind === "embedded") {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "ownergraph-bench-"));
    config = {
      ...base,
      neo4j: {
        kind: "embedded",
        dataDir,
        boltPort: await findFreePort(),
        heap: sizes.heap,
        pageCache: sizes.pageCache,
        password: BENCH_STORE_PASSWORD,
      },
    };
  }
  const connection = await prepareDatabase(config, () => undefined);
  return {
    connection,
    config,
    async dispose() {
      await connection.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
