import { buildApp } from "../server/app";
import { loadSyntheticGraph } from "../server/synthetic/load-synthetic-graph";
import { generateOwnershipGraph } from "../domain/synthetic/generate-ownership-graph";
import { seededRandom } from "../domain/synthetic/seeded-random";
import { openBenchDatabase } from "./support/bench-database";
import { formatMs, summarizeTimings } from "./support/stats";
import { writeBenchmarkSection } from "./support/benchmarks-file";

// Server-side latency of the explorer's endpoints (search, expand, chain up/down) on a synthetic
// 100,000-entity ownership graph in a real Neo4j, measured over HTTP from this process.
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 400);
// Steady state, as a running server sees it: Neo4j's JVM compiles its hot paths over the first
// few hundred requests of a kind (chain-up p95 was 66 ms over the first 450 after a fresh start,
// about 50 over the next 900), so 50 warm-up requests measured the warm-up itself.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);

const database = await openBenchDatabase();

/**
 * Generates and loads the graph, and keeps only what the samples need: the HTTP server runs in
 * this process, and should not carry the generator's relationships through every measurement.
 */
async function loadGraph() {
  const generated = generateOwnershipGraph({ entities: ENTITIES, seed: 1 });
  const loadStart = performance.now();
  await loadSyntheticGraph(database.connection.driver, database.connection.database, generated);
  const { entities, superNodeIds, crossHoldings } = generated;
  const graph = {
    entities,
    superNodeIds,
    crossHoldings,
    relationships: generated.relationships.length,
  };
  return { graph, loadSeconds: (performance.now() - loadStart) / 1000 };
}
const lines: string[] = [];
try {
  const { graph, loadSeconds } = await loadGraph();
  console.info(
    `Loaded ${graph.entities.length} entities and ${graph.relationships} relationships in ${loadSeconds.toFixed(1)} s.`,
  );

  const app = await buildApp({
    driver: database.connection.driver,
    database: database.connection.database,
    limits: database.config.limits,
  });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const random = seededRandom(99);
  const pickEntity = () =>
    graph.entities[Math.floor(random() * graph.entities.length)] ?? graph.entities[0]!;
  // Deep entities and super-nodes are the hard cases: include them in every sample set.
  const deep = graph.entities.filter((entity) => entity.depth >= 10).slice(0, 20);
  const sample = () =>
    random() < 0.2 && deep.length ? deep[Math.floor(random() * deep.length)]! : pickEntity();

  const cases: { name: string; url: () => string }[] = [
    {
      name: "search (full-text, partial word)",
      url: () =>
        `/api/search?q=${encodeURIComponent(sample().name.split(" ").slice(0, 2).join(" ").slice(0, -1))}`,
    },
    {
      name: "expand (first page of 50 neighbours)",
      url: () => `/api/entities/${sample().id}/neighbours?limit=50`,
    },
    {
      name: "expand a super-node (first page of 50)",
      url: () =>
        `/api/entities/${graph.superNodeIds[Math.floor(random() * graph.superNodeIds.length)]}/neighbours?limit=50`,
    },
    { name: "chain up (to ultimate owners)", url: () => `/api/entities/${sample().id}/chain-up` },
    { name: "chain down (holdings)", url: () => `/api/entities/${sample().id}/chain-down` },
    // As of a day: the same walk keeping only the links that may have held then (aim: within
    // 1.5× of the latest chain).
    {
      name: "chain up as of 2019-07-22",
      url: () => `/api/entities/${sample().id}/chain-up?asOf=2019-07-22`,
    },
  ];
  lines.push(
    `Graph: ${graph.entities.length} entities, ${graph.relationships} relationships (${graph.superNodeIds.length} super-nodes of ~3,000, ${graph.crossHoldings} cross-holdings, chains up to 12 deep); loaded through the driver in ${loadSeconds.toFixed(1)} s.`,
    "",
  );
  lines.push(
    `| endpoint | samples | median (ms) | p95 (ms) | max (ms) | answer: median / largest (KB) |`,
    "|---|---|---|---|---|---|",
  );
  for (const benchCase of cases) {
    for (let warm = 0; warm < WARMUP; warm++) await fetchOk(base + benchCase.url());
    const timings: number[] = [];
    const sizes: number[] = [];
    for (let index = 0; index < SAMPLES; index++) {
      const url = base + benchCase.url();
      const start = performance.now();
      sizes.push(await fetchOk(url));
      timings.push(performance.now() - start);
    }
    const stats = summarizeTimings(timings);
    const kilobytes = summarizeTimings(sizes.map((size) => size / 1000));
    lines.push(
      `| ${benchCase.name} | ${SAMPLES} | ${formatMs(stats.median)} | ${formatMs(stats.p95)} | ${formatMs(stats.max)} | ${kilobytes.median.toFixed(0)} / ${kilobytes.max.toFixed(0)} |`,
    );
    console.info(lines[lines.length - 1]);
  }
  await app.close();
} finally {
  await database.dispose();
}
await writeBenchmarkSection(
  "Explorer endpoints on 100,000 entities",
  `Embedded Neo4j Community 5.26 (heap 2 GB, page cache 1 GB) and the HTTP server in one machine (Node flags: ${nodeFlags()}); each request timed from fetch to parsed body, after ${WARMUP} warm-up requests per endpoint. Targets: p95 under 50 ms for expand and chain.\n\n${lines.join("\n")}`,
);

/** The V8 flags this process runs with (`npm run bench` passes those of `npm start`). */
function nodeFlags(): string {
  const flags = process.execArgv.filter((arg) => arg.startsWith("--max-"));
  return flags.length > 0 ? flags.join(" ") : "none";
}

/** Fetches and reads the whole answer; resolves to its length in characters. */
async function fetchOk(url: string): Promise<number> {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return body.length;
}
