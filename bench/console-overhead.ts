import os from "node:os";
import neo4j, { type Driver } from "neo4j-driver";
import { buildApp } from "../server/app";
import { openBenchDatabase } from "./support/bench-database";
import { formatMs, summarizeTimings } from "./support/stats";
import { writeBenchmarkSection } from "./support/benchmarks-file";

// The overhead of POST /api/cypher (EXPLAIN check, READ transaction, value conversion, graph
// building, JSON, HTTP) over the same query sent straight through the driver (executeRead,
// every record consumed, nothing converted). Run: npx tsx bench/console-overhead.ts
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BIG_SAMPLES = Number(process.env.BENCH_BIG_SAMPLES ?? 60);
const WARMUP = 20;

const CASES = [
  {
    name: "small: 10 rows of two properties",
    query: "MATCH (e:Entity) RETURN e.id AS id, e.caption AS caption ORDER BY id LIMIT 10",
    samples: SAMPLES,
  },
  {
    name: "small: one node by id",
    query: "MATCH (e:Entity { id: 'aisino' }) RETURN e",
    samples: SAMPLES,
  },
  {
    name: "10,000 rows",
    query: "UNWIND range(1, 10000) AS i RETURN i, 'row ' + i AS label",
    samples: BIG_SAMPLES,
  },
];

async function viaDriver(driver: Driver, database: string | undefined, query: string) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const records = await session.executeRead(async (tx) => (await tx.run(query)).records);
    if (records.length === 0) throw new Error(`no rows from ${query}`);
  } finally {
    await session.close();
  }
}

async function viaApi(url: string, query: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params: {} }),
  });
  const body = (await response.json()) as { rows?: unknown[]; truncated?: boolean };
  if (response.status !== 200 || !body.rows?.length || body.truncated) {
    throw new Error(
      `/api/cypher answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`,
    );
  }
}

async function time(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const database = await openBenchDatabase({ heap: "1g", pageCache: "256m" });
const { driver, database: name } = database.connection;
const lines: string[] = [];
try {
  const limits = { ...database.config.limits, maxRows: 20_000, maxGraphElements: 20_000 };
  const app = await buildApp({ driver, database: name, limits });
  const url = `${await app.listen({ host: "127.0.0.1", port: 0 })}/api/cypher`;
  lines.push(
    "Embedded Neo4j Community 5.26 (its own JVM, heap 1 GB) on the same machine; the HTTP server and the measuring client share one Node process. Each sample is timed from the call to the last record (driver) or to the parsed JSON body (API). Driver: `session.executeRead`, every record consumed, no conversion. API: `POST /api/cypher` with its EXPLAIN check, READ transaction, lossless value conversion, graph building and JSON over HTTP on 127.0.0.1. The two paths alternate sample by sample. Target: API under 1.2× the driver.",
    "",
    "| query | samples | driver median (ms) | driver p95 (ms) | API median (ms) | API p95 (ms) | ratio of medians | ratio of p95 |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const benchCase of CASES) {
    for (let warm = 0; warm < WARMUP; warm++) {
      await viaDriver(driver, name, benchCase.query);
      await viaApi(url, benchCase.query);
    }
    const direct: number[] = [];
    const api: number[] = [];
    for (let index = 0; index < benchCase.samples; index++) {
      direct.push(await time(() => viaDriver(driver, name, benchCase.query)));
      api.push(await time(() => viaApi(url, benchCase.query)));
    }
    const d = summarizeTimings(direct);
    const a = summarizeTimings(api);
    const row = `| ${benchCase.name} | ${benchCase.samples} | ${formatMs(d.median)} | ${formatMs(d.p95)} | ${formatMs(a.median)} | ${formatMs(a.p95)} | ${(a.median / d.median).toFixed(2)}× | ${(a.p95 / d.p95).toFixed(2)}× |`;
    console.info(row);
    lines.push(row);
  }
  // The floor: an HTTP round trip to a route that does no database work at all.
  const modeUrl = url.replace(/\/api\/cypher$/, "/api/cypher/mode");
  const floor: number[] = [];
  for (let index = 0; index < SAMPLES + WARMUP; index++) {
    const elapsed = await time(async () => void (await (await fetch(modeUrl)).json()));
    if (index >= WARMUP) floor.push(elapsed);
  }
  const f = summarizeTimings(floor);
  const load = os.loadavg()[0] ?? 0;
  lines.push(
    "",
    `Load average at the end of the run: ${load.toFixed(1)} (the machine is shared; absolute times move with it, the ratios less). For scale: an HTTP round trip with \`fetch\` to \`GET /api/cypher/mode\` (no database work) takes ${formatMs(f.median)} ms median, ${formatMs(f.p95)} ms p95 here. The EXPLAIN check is cached per query text (the first run of a new text pays one more round trip to Neo4j), BEGIN is pipelined with the query, the answer does not wait for the rollback, and rows are read with a callback per record rather than the driver's async iterator. What remains is HTTP and JSON: serialising the rows on the server and parsing them in the client.`,
  );
  await app.close();
  await writeBenchmarkSection("Cypher console overhead", lines.join("\n"));
  console.info("Wrote the section “Cypher console overhead” of BENCHMARKS.md.");
} finally {
  await database.dispose();
}
