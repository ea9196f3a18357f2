/**
 * Opens a store `npm run bench -- --scale` kept (BENCH_SCALE_KEEP=1) in the embedded Neo4j, as a
 * start opens one (schema, seed), for the scripts that study it afterwards
 * (`bench/scale-study.ts`, `bench/scale-breakdown.ts`): `--store DIR [--size 1m]`, with
 * BENCH_SCALE_HEAP (2g) and BENCH_SCALE_PAGECACHE (4g).
 */
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../server/boot";
import { loadConfig } from "../../server/config";
import { findFreePort } from "../../server/neo4j/free-port";
import type { Neo4jConnection } from "../../server/neo4j/connection";

/** The password the benchmarks give the embedded stores they make (and `bench/scale.ts` keeps). */
export const BENCH_STORE_PASSWORD = "ownergraph-bench-pw";

/** A kept store opened for a study, and what its BENCHMARKS.md section says about the run. */
export interface KeptStoreStudy {
  storeDir: string;
  /** The size the store was made at, as `--scale` names it ("1m"). */
  size: string;
  heap: string;
  pageCache: string;
  /** The 1-minute load average now, and when the study began. */
  load: () => string;
  loadBefore: string;
  connection: Neo4jConnection;
}

function argument(name: string, fallback?: string): string {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined)
    throw new Error(`Give ${name}: see the comment at the top of the script you ran.`);
  return value;
}

/** Reads `--store` and `--size`, and opens the store. */
export async function openKeptStoreStudy(): Promise<KeptStoreStudy> {
  const storeDir = path.resolve(argument("--store"));
  const size = argument("--size", "1m");
  const heap = process.env.BENCH_SCALE_HEAP ?? "2g";
  const pageCache = process.env.BENCH_SCALE_PAGECACHE ?? "4g";
  const load = () => (os.loadavg()[0] ?? 0).toFixed(1);
  const loadBefore = load();
  const config = {
    ...loadConfig(),
    neo4j: {
      kind: "embedded" as const,
      dataDir: storeDir,
      boltPort: await findFreePort(),
      heap,
      pageCache,
      password: BENCH_STORE_PASSWORD,
    },
  };
  console.info(`opening ${storeDir}…`);
  const connection = await prepareDatabase(config, (line) => console.info(line));
  return { storeDir, size, heap, pageCache, load, loadBefore, connection };
}
