/**
 * Opens a store `npm run bench -- --scale` kept (BENCH_SCALE_KEEP=1) in the embedded Neo4j, as a
 * start opens one (schema, seed), for the scripts that study it afterwards.
 */
import { prepareDatabase } from "../../server/boot";
import { loadConfig } from "../../server/config";
import { findFreePort } from "../../server/neo4j/free-port";
import type { Neo4jConnection } from "../../server/neo4j/connection";

/** The password the benchmarks give the embedded stores they make (and `bench/scale.ts` keeps). */
export const BENCH_STORE_PASSWORD = "ownergraph-bench-pw";

export async function openKeptStore(
  storeDir: string,
  memory: { heap: string; pageCache: string },
): Promise<Neo4jConnection> {
  const config = {
    ...loadConfig(),
    neo4j: {
      kind: "embedded" as const,
      dataDir: storeDir,
      boltPort: await findFreePort(),
      heap: memory.heap,
      pageCache: memory.pageCache,
      password: BENCH_STORE_PASSWORD,
    },
  };
  console.info(`opening ${storeDir}…`);
  return prepareDatabase(config, (line) => console.info(line));
}
