import { readFileSync } from "node:fs";
import path from "node:path";
import { buildApp } from "../server/app";
import { PROJECT_ROOT, readQueryLimits } from "../server/config";
import type { SearchResponse } from "../domain/wire/explorer-api-types";
import type { ConsoleQueryResult } from "../domain/console/console-wire-types";
import { launchChromium } from "../tests/support/browser";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { openKeptStoreStudy } from "./support/kept-store";
import { SCALE_DATASET, measureEndpoints } from "./support/scale-endpoints";
import { formatMs, summarizeTimings } from "./support/stats";

// `npx tsx bench/scale-study.ts --store DIR [--size 1m] [--endpoints]`: on a store `npm run bench -- --scale`
// kept (BENCH_SCALE_KEEP=1; DIR is the kept folder's `store`), what issue 14 asks beyond the
// endpoint latencies: search relevance (the seed's relevance set, now among a register's names),
// exports of a 100,000-relationship subgraph in each data format, the console's caps on queries
// that would return millions of rows, and the start page opened in Chromium. Writes one
// BENCHMARKS.md section. Never part of `npm test`.

const EXPORT_RELATIONSHIPS = 100_000;
const EXPORT_FORMATS = ["graphml", "gexf", "csv", "json", "cypher"] as const;

const { storeDir, size, heap, pageCache, load, loadBefore, connection } =
  await openKeptStoreStudy();
// The console's own caps as `npm start` has them; exports need room for the whole subgraph.
const consoleLimits = readQueryLimits({});
const app = await buildApp({
  driver: connection.driver,
  database: connection.database,
  limits: { ...consoleLimits, maxGraphElements: 4 * EXPORT_RELATIONSHIPS, timeoutMs: 60_000 },
  staticDir: path.join(PROJECT_ROOT, "dist", "app"),
});
const consoleApp = await buildApp({
  driver: connection.driver,
  database: connection.database,
  limits: consoleLimits,
});
const base = await app.listen({ host: "127.0.0.1", port: 0 });
const consoleBase = await consoleApp.listen({ host: "127.0.0.1", port: 0 });
const sections: string[] = [];

// 0. With --endpoints, the explorer's endpoints as `bench/scale.ts` times them right after its
// load: for a store whose run stopped before that step (a start that timed out on a loaded
// machine, say).
if (process.argv.includes("--endpoints")) {
  const latency = await measureEndpoints(base, connection.driver, connection.database, {
    samples: Number(process.env.BENCH_SCALE_SAMPLES ?? 200),
    warmup: Number(process.env.BENCH_SCALE_WARMUP ?? 100),
  });
  sections.push(
    `**The explorer's endpoints** on this store, over HTTP from this process, after the warm-up requests, as \`bench/scale.ts\` times them:\n\n${latency.join("\n")}`,
  );
}

// 1. Search relevance: the seed's set, asked of the store that also holds the register.
{
  const { queries } = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, "tests/fixtures/search/seed-relevance.json"), "utf8"),
  ) as { queries: [string, string][] };
  const misses: string[] = [];
  const times: number[] = [];
  for (const [text, expected] of queries) {
    const started = performance.now();
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(text)}`);
    const body = (await response.json()) as SearchResponse;
    times.push(performance.now() - started);
    const first = body.hits[0]?.id ?? "(none)";
    if (first !== expected) misses.push(`\`${text}\` → ${first} (expected ${expected})`);
  }
  const stats = summarizeTimings(times);
  sections.push(
    `**Search relevance.** The seed's relevance set (\`tests/fixtures/search/seed-relevance.json\`, ${queries.length} queries: names, short names, aliases, identifiers, CJK, typos) asked of this store, where the seed's names sit among the register's: ${queries.length - misses.length} of ${queries.length} first hits as expected; p50 ${formatMs(stats.median)} ms, p95 ${formatMs(stats.p95)} ms, max ${formatMs(stats.max)} ms (one pass, cold).${misses.length > 0 ? `\n\nMisses:\n${misses.map((miss) => `- ${miss}`).join("\n")}` : ""}`,
  );
  console.info(sections.at(-1));
}

// 2. Exports of a 100,000-relationship subgraph read from the store, over HTTP, per data format.
{
  const query = `MATCH path = (:Entity { dataset: 'scale' })-[:OWNS]->(:Entity) RETURN path LIMIT ${EXPORT_RELATIONSHIPS}`;
  const rows = ["| format | answer | time | size |", "|---|---|---|---|"];
  for (const format of EXPORT_FORMATS) {
    const started = performance.now();
    const response = await fetch(`${base}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format, query, withSources: false }),
    });
    const bytes = (await response.arrayBuffer()).byteLength;
    const ms = performance.now() - started;
    rows.push(
      `| ${format} | ${response.status} | ${(ms / 1000).toFixed(1)} s | ${(bytes / 2 ** 20).toFixed(1)} MiB |`,
    );
    console.info(rows.at(-1));
  }
  sections.push(
    `**Exports.** \`POST /api/export\` with the query \`${query}\` (the subgraph read from Neo4j, then written in the format and sent), once per data format, without the cited sources. Target: 3 s per format.\n\n${rows.join("\n")}`,
  );
}

// 3. The console's caps on queries that would return millions of rows.
{
  const cases = [
    ["every entity's id and name (1M rows)", "MATCH (e:Entity) RETURN e.id, e.caption"],
    ["every entity as a node (1M nodes)", "MATCH (e:Entity) RETURN e"],
    ["every ownership link as a path", "MATCH path = (:Entity)-[:OWNS]->(:Entity) RETURN path"],
    ["a cartesian product (10^12 rows)", "MATCH (a:Entity), (b:Entity) RETURN a.id, b.id"],
    [
      "a cartesian product counted (runs for hours)",
      "MATCH (a:Entity), (b:Entity) WHERE a.caption < b.caption RETURN count(*)",
    ],
  ] as const;
  const rows = ["| query | answer | time | what the console says |", "|---|---|---|---|"];
  for (const [name, query] of cases) {
    const started = performance.now();
    const response = await fetch(`${consoleBase}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as ConsoleQueryResult & {
      error?: { message: string };
    };
    const ms = performance.now() - started;
    const said = body.error?.message ?? body.truncation?.message ?? `${body.rows.length} rows`;
    rows.push(`| ${name} | ${response.status} | ${(ms / 1000).toFixed(1)} s | ${said} |`);
    console.info(rows.at(-1));
  }
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  sections.push(
    `**The console's caps.** \`POST /api/cypher\` with the caps \`npm start\` has (${consoleLimits.maxRows.toLocaleString("en-GB")} rows, ${consoleLimits.maxGraphElements.toLocaleString("en-GB")} graph elements, ${consoleLimits.timeoutMs / 1000} s); the server process's resident memory after them: ${rss} MiB.\n\n${rows.join("\n")}`,
  );
}

// 4. The start page in Chromium: the app opened on this store.
{
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const started = performance.now();
    await page.goto(`${base}/`);
    const start = page.getByRole("region", { name: "Start page" });
    const card = start.getByRole("article", { name: `Dataset ${SCALE_DATASET}` });
    try {
      await card.getByRole("region", { name: "Largest groups" }).waitFor({ timeout: 300_000 });
    } catch (error) {
      await page.screenshot({ path: path.join(path.dirname(storeDir), "start-page-failed.png") });
      throw error;
    }
    const ms = performance.now() - started;
    const lead = (await start.locator(".start-lead").textContent()) ?? "";
    await page.screenshot({ path: path.join(path.dirname(storeDir), "start-page.png") });
    const pick = card.getByRole("region", { name: "Largest groups" }).getByRole("button").first();
    const picked = (await pick.textContent()) ?? "";
    const pickStarted = performance.now();
    await pick.click();
    await page.getByText("1 entities on screen").waitFor({ timeout: 60_000 });
    const pickMs = performance.now() - pickStarted;
    sections.push(
      `**The start page in Chromium.** The app opened on this store showed the start page (${lead.slice(0, lead.indexOf(":"))}) with the register's lists ${(ms / 1000).toFixed(1)} s after the page was asked for; picking the first of its largest groups (${picked.trim()}) drew it in ${(pickMs / 1000).toFixed(1)} s. Page errors: ${errors.length === 0 ? "none" : errors.join("; ")}.`,
    );
    console.info(sections.at(-1));
  } finally {
    await browser.close();
  }
}

await app.close();
await consoleApp.close();
await connection.close();
await writeBenchmarkSection(
  `Scale: ${size} entities, beyond the endpoints`,
  `At ${new Date().toISOString().slice(11, 16)} UTC, on the store \`npm run bench -- --scale ${size}\` kept (embedded Neo4j Community 5.26, heap ${heap}, page cache ${pageCache}), by \`bench/scale-study.ts\`. Machine load (1-minute average) ${loadBefore} when it began and ${load()} when it ended.

${sections.join("\n\n")}`,
);
