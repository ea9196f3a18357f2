import { execFileSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeFilesAtomically } from "../cli/atomic-write";
import { syntheticBodsJsonLines } from "../domain/synthetic/synthetic-bods";
import { buildApp } from "../server/app";
import { loadConfig, type AppConfig } from "../server/config";
import { runBulkImport } from "../server/ingest/bulk/run-bulk-import";
import { localImportFile } from "../server/ingest/read/local-file";
import { runDatasetImport } from "../server/ingest/run-dataset-import";
import { findFreePort } from "../server/neo4j/free-port";
import { openBenchDatabase } from "./support/bench-database";
import { BENCH_STORE_PASSWORD } from "./support/kept-store";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { SCALE_DATASET, measureEndpoints } from "./support/scale-endpoints";
import { residentMiB } from "./support/process-figures";

// `npm run bench -- --scale 100k` (or 300k, 1m; several with commas): generates a BODS register
// of that many entities (`ownergraph generate`, deterministic), loads it by the bulk path
// (neo4j-admin) and, up to BENCH_SCALE_ONLINE_MAX entities, by the online import too, for the
// ratio; then times the explorer's endpoints on the bulk-loaded store. One BENCHMARKS.md section
// per size. Never part of `npm test`.

const SIZES: Record<string, number> = {
  "10k": 10_000,
  "100k": 100_000,
  "300k": 300_000,
  "1m": 1_000_000,
};
const ONLINE_MAX = Number(process.env.BENCH_SCALE_ONLINE_MAX ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 200);
const WARMUP = Number(process.env.BENCH_SCALE_WARMUP ?? 100);
const HEAP = process.env.BENCH_SCALE_HEAP ?? "2g";
const PAGE_CACHE = process.env.BENCH_SCALE_PAGECACHE ?? "2g";
const DATASET = SCALE_DATASET;

function scaleArgument(): string[] {
  const at = process.argv.indexOf("--scale");
  const raw = at === -1 ? "100k" : (process.argv[at + 1] ?? "");
  const names = raw.split(",").map((name) => name.trim().toLowerCase());
  for (const name of names) {
    if (!(name in SIZES)) {
      throw new Error(`--scale ${raw}: use ${Object.keys(SIZES).join(", ")} (commas for several).`);
    }
  }
  return names;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (count: number, ms: number) =>
  `${Math.round((count / ms) * 1000).toLocaleString("en-GB")}/s`;
const load = () => (os.loadavg()[0] ?? 0).toFixed(1);

function folderBytes(folder: string): number {
  const output = execFileSync("du", ["-sb", folder], { encoding: "utf8" });
  return Number(output.split("\t")[0]);
}

/** The online import's time and counts, or why it failed (Neo4j's memory limit, say) and when. */
type OnlineResult =
  | { ms: number; counts: { relationships: number }; failure?: undefined }
  | { ms: number; failure: string };

async function onlineImport(file: string): Promise<OnlineResult> {
  const database = await openBenchDatabase({ heap: HEAP, pageCache: PAGE_CACHE });
  const started = performance.now();
  try {
    const outcome = await runDatasetImport(
      database.connection.driver,
      database.connection.database,
      { files: [await localImportFile(file)], format: "bods", datasetId: DATASET },
    );
    return { ms: performance.now() - started, counts: outcome.counts };
  } catch (error) {
    return { ms: performance.now() - started, failure: (error as Error).message };
  } finally {
    await database.dispose();
  }
}

function bulkConfig(dataDir: string, port: number): AppConfig {
  return {
    ...loadConfig(),
    neo4j: {
      kind: "embedded",
      dataDir,
      boltPort: port,
      heap: HEAP,
      pageCache: PAGE_CACHE,
      password: BENCH_STORE_PASSWORD,
    },
  };
}

async function measureScale(name: string, entities: number): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-scale-"));
  const loadBefore = load();
  try {
    const file = path.join(folder, "register.jsonl");
    console.info(`${name}: generating ${entities.toLocaleString("en-GB")} entities as BODS…`);
    await writeFilesAtomically([
      { path: file, body: syntheticBodsJsonLines({ entities, seed: 14 }) },
    ]);
    const megabytes = (await stat(file)).size / 2 ** 20;

    const dataDir = path.join(folder, "store");
    const started = performance.now();
    const bulk = await runBulkImport(
      bulkConfig(dataDir, await findFreePort()),
      { files: [await localImportFile(file)], format: "bods", datasetId: DATASET },
      (line) => console.info(`${name}: ${line}`),
    );
    const bulkMs = performance.now() - started;
    const connection = bulk.connection;
    if (connection === null) throw new Error("The bulk import did not open the store.");
    const storeBytes = folderBytes(path.join(dataDir, "data"));
    const { counts } = bulk.outcome;
    const { timings } = bulk;
    console.info(`${name}: bulk ${seconds(bulkMs)}`, timings, counts, `store ${storeBytes} bytes`);
    const app = await buildApp({
      driver: connection.driver,
      database: connection.database,
      limits: loadConfig().limits,
    });
    const base = await app.listen({ host: "127.0.0.1", port: 0 });
    const latency = await measureEndpoints(base, connection.driver, connection.database, {
      samples: SAMPLES,
      warmup: WARMUP,
    });
    const nodeMemory = `${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
    const neo4jMemory = residentMiB(connection.embeddedProcess()?.pid);
    await app.close();
    await connection.close();

    // The section is written now, and again with the online figures once they are in: a
    // machine too loaded to finish the online import still leaves the bulk figures.
    const write = async (online: OnlineResult | null, note: string) => {
      const ingest = [
        "| path | time | relationships/s | stages |",
        "|---|---|---|---|",
        online?.failure !== undefined
          ? `| online (\`ownergraph import\`) | failed after ${seconds(online.ms)} | | ${online.failure} |`
          : online
            ? `| online (\`ownergraph import\`) | ${seconds(online.ms)} | ${perSecond(online.counts.relationships, online.ms)} | check + one write transaction |`
            : `| online (\`ownergraph import\`) | ${entities <= ONLINE_MAX ? "still running" : "not run"} | | ${entities <= ONLINE_MAX ? "measured after the endpoints; this section is rewritten when it ends" : `above BENCH_SCALE_ONLINE_MAX (${ONLINE_MAX.toLocaleString("en-GB")} entities): an online import is one transaction, held in Neo4j's heap until it commits (docs/scale.md)`} |`,
        `| bulk (\`ownergraph import --bulk\`) | ${seconds(bulkMs)} | ${perSecond(counts.relationships, bulkMs)} | check and CSV (one reading) ${seconds(timings.read)}, neo4j-admin ${seconds(timings.neo4jAdmin)}, open + schema + seed ${seconds(timings.open)}, summary ${seconds(timings.summary)} |`,
      ];
      // The online figure does not include starting its store, so the ratio leaves out the bulk
      // path's opening (JVM start, schema, seed) too; the end-to-end time is in the table.
      const ratio =
        online && online.failure === undefined
          ? `Without opening the store (which the online time does not include either), bulk took ${seconds(bulkMs - timings.open)}: ${(online.ms / (bulkMs - timings.open)).toFixed(1)}× the online speed.`
          : "";

      await writeBenchmarkSection(
        `Scale: ${name} entities`,
        `A generated register (\`ownergraph generate --entities ${entities}\`, seed 14, ${megabytes.toFixed(0)} MB of BODS 0.4 JSON Lines): ${counts.entities.toLocaleString("en-GB")} entities, ${counts.relationships.toLocaleString("en-GB")} relationships, ${counts.sources.toLocaleString("en-GB")} sources, ${counts.citations.toLocaleString("en-GB")} citations. Embedded Neo4j Community 5.26, heap ${HEAP}, page cache ${PAGE_CACHE}. Machine load (1-minute average) ${loadBefore} when this size began and ${load()} when it ended, on ${os.cpus().length} cores shared with other work: read the figures with that in mind.

${ingest.join("\n")}

${ratio}${note} Store size after the load (data/, schema and seed included): ${(storeBytes / 2 ** 20).toFixed(0)} MiB.

Explorer endpoints on the bulk-loaded store, over HTTP from this process, after ${WARMUP} warm-up requests each. Memory at the end: Node ${nodeMemory} resident (this process: the HTTP server and the bench), Neo4j ${neo4jMemory} resident.

${latency.join("\n")}`,
      );
    };
    await write(null, "");
    if (entities <= ONLINE_MAX) {
      const online = await onlineImport(file);
      console.info(
        `${name}: online import ${online.failure ?? "done"} after ${seconds(online.ms)}`,
      );
      await write(online, "");
    }
  } finally {
    // BENCH_SCALE_KEEP=1 keeps the generated file and the loaded store, to study queries on them.
    if (process.env.BENCH_SCALE_KEEP === "1") console.info(`${name}: kept ${folder}`);
    else await rm(folder, { recursive: true, force: true });
  }
}

for (const name of scaleArgument()) await measureScale(name, SIZES[name] ?? 0);
