import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { writeFilesAtomically } from "../cli/atomic-write";
import { syntheticBodsJsonLines } from "../domain/synthetic/synthetic-bods";
import { buildApp } from "../server/app";
import { loadConfig, type AppConfig } from "../server/config";
import { runBulkImport } from "../server/ingest/bulk/run-bulk-import";
import { localImportFile } from "../server/ingest/read/local-file";
import { runDatasetImport } from "../server/ingest/run-dataset-import";
import { findFreePort } from "../server/neo4j/free-port";
import { openBenchDatabase } from "./support/bench-database";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { formatMs, summarizeTimings } from "./support/stats";

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
const DATASET = "scale";

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

/** Resident memory of a process, from /proc (Linux), in MiB. */
function residentMiB(pid: number | undefined): string {
  if (pid === undefined) return "n/a";
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return `${Math.round(kb / 1024)} MiB`;
  } catch {
    return "n/a";
  }
}

/** Fetches and reads the whole answer; resolves to whether it was a success. */
async function fetchAnswer(url: string): Promise<boolean> {
  const response = await fetch(url);
  await response.text();
  return response.ok;
}

async function onlineImport(file: string) {
  const database = await openBenchDatabase({ heap: HEAP, pageCache: PAGE_CACHE });
  try {
    const started = performance.now();
    const outcome = await runDatasetImport(
      database.connection.driver,
      database.connection.database,
      { files: [await localImportFile(file)], format: "bods", datasetId: DATASET },
    );
    return { ms: performance.now() - started, counts: outcome.counts };
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
      password: "ownergraph-bench-pw",
    },
  };
}

/** Ids the samples ask about, read once from the store (bench-only Cypher). */
async function sampleIds(driver: Driver, database: string | undefined) {
  const read = async (query: string) =>
    (await driver.executeQuery(query, { dataset: DATASET }, { database })).records;
  const entities = await read(
    `MATCH (e:Entity {dataset: $dataset}) WHERE e.name IS NOT NULL
     WITH e, rand() AS r ORDER BY r LIMIT 2000 RETURN e.id AS id, e.name AS name`,
  );
  const widest = await read(
    `MATCH (e:Entity {dataset: $dataset}) WITH e, COUNT { (e)-[:OWNS]-() } AS degree
     ORDER BY degree DESC LIMIT 1 RETURN e.id AS id, degree`,
  );
  const pairs = await read(
    `MATCH (a:Entity {dataset: $dataset})<-[:OWNS*3]-(b:Entity)
     WITH a, b LIMIT 500 RETURN a.id AS from, b.id AS to`,
  );
  return {
    entities: entities.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) })),
    widest: { id: String(widest[0]?.get("id")), degree: Number(widest[0]?.get("degree")) },
    pairs: pairs.map((r) => ({ from: String(r.get("from")), to: String(r.get("to")) })),
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
    const ids = await sampleIds(connection.driver, connection.database);
    let turn = 0;
    const next = <T>(list: readonly T[]): T => list[turn++ % list.length] as T;
    const searchText = () => next(ids.entities).name.split(" ").slice(0, 2).join(" ").slice(0, -1);
    const cases: { name: string; url: () => string }[] = [
      {
        name: "search (partial words)",
        url: () => `/api/search?q=${encodeURIComponent(searchText())}`,
      },
      {
        name: "expand (first page of 50)",
        url: () => `/api/entities/${encodeURIComponent(next(ids.entities).id)}/neighbours?limit=50`,
      },
      {
        name: `super node's first page (${ids.widest.degree.toLocaleString("en-GB")} OWNS)`,
        url: () => `/api/entities/${encodeURIComponent(ids.widest.id)}/neighbours?limit=50`,
      },
      {
        name: "chain up",
        url: () => `/api/entities/${encodeURIComponent(next(ids.entities).id)}/chain-up`,
      },
      {
        name: "chain down",
        url: () => `/api/entities/${encodeURIComponent(next(ids.entities).id)}/chain-down`,
      },
      {
        name: "shortest path (ends 3 OWNS apart)",
        url: () => {
          const pair = next(ids.pairs);
          return `/api/path?from=${encodeURIComponent(pair.from)}&to=${encodeURIComponent(pair.to)}`;
        },
      },
      { name: "dataset list", url: () => "/api/datasets" },
      { name: "dataset summary (start page)", url: () => `/api/datasets/${DATASET}/summary` },
    ];
    const latency = [
      "| endpoint | samples | p50 (ms) | p95 (ms) | max (ms) | errors (timeouts) |",
      "|---|---|---|---|---|---|",
    ];
    for (const benchCase of cases) {
      for (let warm = 0; warm < WARMUP; warm++) await fetchAnswer(base + benchCase.url());
      const times: number[] = [];
      let failed = 0;
      for (let index = 0; index < SAMPLES; index++) {
        const url = base + benchCase.url();
        const at = performance.now();
        if (!(await fetchAnswer(url))) failed++;
        times.push(performance.now() - at);
      }
      const stats = summarizeTimings(times);
      latency.push(
        `| ${benchCase.name} | ${SAMPLES} | ${formatMs(stats.median)} | ${formatMs(stats.p95)} | ${formatMs(stats.max)} | ${failed} |`,
      );
      console.info(latency[latency.length - 1]);
    }
    const nodeMemory = `${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
    const neo4jMemory = residentMiB(connection.embeddedProcess()?.pid);
    await app.close();
    await connection.close();

    // The section is written now, and again with the online figures once they are in: a
    // machine too loaded to finish the online import still leaves the bulk figures.
    const write = async (
      online: { ms: number; counts: { relationships: number } } | null,
      note: string,
    ) => {
      const ingest = [
        "| path | time | relationships/s | stages |",
        "|---|---|---|---|",
        online
          ? `| online (\`ownergraph import\`) | ${seconds(online.ms)} | ${perSecond(online.counts.relationships, online.ms)} | check + one write transaction |`
          : `| online (\`ownergraph import\`) | ${entities <= ONLINE_MAX ? "still running" : "not run"} | | ${entities <= ONLINE_MAX ? "measured after the endpoints; this section is rewritten when it ends" : `above BENCH_SCALE_ONLINE_MAX (${ONLINE_MAX.toLocaleString("en-GB")} entities): at the measured online rate it would take hours`} |`,
        `| bulk (\`ownergraph import --bulk\`) | ${seconds(bulkMs)} | ${perSecond(counts.relationships, bulkMs)} | check ${seconds(timings.check)}, CSV ${seconds(timings.csv)}, neo4j-admin ${seconds(timings.neo4jAdmin)}, open + schema + seed ${seconds(timings.open)}, summary ${seconds(timings.summary)} |`,
      ];
      // The online figure does not include starting its store, so the ratio leaves out the bulk
      // path's opening (JVM start, schema, seed) too; the end-to-end time is in the table.
      const ratio = online
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
      console.info(`${name}: online import ${seconds(online.ms)}`);
      await write(online, "");
    }
  } finally {
    // BENCH_SCALE_KEEP=1 keeps the generated file and the loaded store, to study queries on them.
    if (process.env.BENCH_SCALE_KEEP === "1") console.info(`${name}: kept ${folder}`);
    else await rm(folder, { recursive: true, force: true });
  }
}

for (const name of scaleArgument()) await measureScale(name, SIZES[name] ?? 0);
