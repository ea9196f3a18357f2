import neo4j from "neo4j-driver";
import { cypher } from "../cypher/registry";
import { typesOfKind } from "../domain/model";
import { todayUtc } from "../domain/time";
import { buildApp } from "../server/app";
import { readQueryLimits } from "../server/config";
import { buildFulltextQuery } from "../server/explorer/fulltext-query";
import { MAX_CHAIN_WALK } from "../server/explorer/chain-read";
import { DEFAULT_CHAIN_MEMBERS } from "../server/routes/explorer-chain-routes";
import { DEFAULT_SEARCH_HITS, searchCandidates } from "../server/routes/explorer-search-route";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { openKeptStoreStudy } from "./support/kept-store";
import { SCALE_DATASET, partialWords, sampleIds, widestEntity } from "./support/scale-endpoints";
import { formatMs, summarizeTimings } from "./support/stats";

// `npx tsx bench/scale-breakdown.ts --store DIR [--size 1m]`: on a store `npm run bench -- --scale`
// kept (BENCH_SCALE_KEEP=1; DIR is the kept folder's `store`), where the time goes in the
// endpoints that miss issue 14's targets: each endpoint against the queries it runs and against
// bare walks of the same data (bench-only Cypher), so the floor under each target is measured,
// not guessed. Writes one BENCHMARKS.md section. Never part of `npm test`.

const RUNS = Number(process.env.BENCH_BREAKDOWN_RUNS ?? 30);
const WARMUP = 3;
const EXPORT_RELATIONSHIPS = 100_000;

const { size, heap, pageCache, load, loadBefore, connection } = await openKeptStoreStudy();
const { driver, database } = connection;
const app = await buildApp({
  driver,
  database,
  limits: {
    ...readQueryLimits({}),
    maxGraphElements: 4 * EXPORT_RELATIONSHIPS,
    maxRows: 4 * EXPORT_RELATIONSHIPS,
    timeoutMs: 120_000,
  },
});
const base = await app.listen({ host: "127.0.0.1", port: 0 });
const day = todayUtc();

/** Runs a read and takes every record, as the server's reads do. */
const read = (query: string, params: Record<string, unknown>) =>
  driver.executeQuery(query, params, { database, routing: neo4j.routing.READ });

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(base + url);
  await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

/** One table line: the step, its median and p95 over RUNS runs after the warm-up. */
async function timed(step: string, run: (turn: number) => Promise<unknown>): Promise<string> {
  for (let turn = 0; turn < WARMUP; turn++) await run(turn);
  const times: number[] = [];
  for (let turn = 0; turn < RUNS; turn++) {
    const started = performance.now();
    await run(turn);
    times.push(performance.now() - started);
  }
  const stats = summarizeTimings(times);
  const line = `| ${step} | ${formatMs(stats.median)} | ${formatMs(stats.p95)} |`;
  console.info(line);
  return line;
}

const HEADER = ["| step | p50 (ms) | p95 (ms) |", "|---|---|---|"];
const sections: string[] = [];

// 1. A super node's first page: the links it must pass over, however the page is asked.
{
  const node = await widestEntity(driver, database, "both");
  const id = node.id;
  const filters = { hiddenDatasets: [] as string[], day };
  const walkFiltered = `MATCH (entity:Entity { id: $id })-[link]-(other:Entity)
    WHERE NOT coalesce(link.dataset, '') IN $hiddenDatasets
      AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
      AND NOT coalesce(other.dataset, '') IN $hiddenDatasets
    RETURN count(link) AS n`;
  const lines = [
    await timed("the store's count of its links (its degree; no link read)", () =>
      read("MATCH (entity:Entity { id: $id }) RETURN COUNT { (entity)--() } AS n", { id }),
    ),
    await timed("each link walked to the entity at its other end (no property read)", () =>
      read("MATCH (:Entity { id: $id })--(other:Entity) RETURN count(other) AS n", { id }),
    ),
    await timed("each link walked and filtered by dataset and day (4 properties a link)", () =>
      read(walkFiltered, { id, ...filters }),
    ),
    await timed("the totals by type (count-entity-relationships.cypher)", () =>
      read(cypher("count-entity-relationships"), { id, direction: "both", ...filters }),
    ),
    await timed(
      "the page: every link's sort keys, the first 50 (find-entity-neighbours.cypher)",
      () =>
        read(cypher("find-entity-neighbours"), {
          id,
          types: [],
          direction: "both",
          skip: neo4j.int(0),
          limit: neo4j.int(50),
          ownershipTypes: typesOfKind("ownership"),
          controlTypes: typesOfKind("control"),
          ...filters,
        }),
    ),
    await timed("the endpoint over HTTP (both queries at once)", () =>
      fetchOk(`/api/entities/${encodeURIComponent(id)}/neighbours?limit=50`),
    ),
  ];
  sections.push(
    `**A super node's first page** (${node.degree.toLocaleString("en-GB")} OWNS links; target 50 ms):\n\n${[...HEADER, ...lines].join("\n")}`,
  );
}

// 2. The widest chains: up from the company with the most owners, down from the largest holder.
for (const direction of ["up", "down"] as const) {
  const root = await widestEntity(driver, database, direction === "up" ? "in" : "out");
  const walkParams = {
    ids: [root.id],
    hiddenDatasets: [] as string[],
    days: [day],
    maxFound: neo4j.int(Math.max(MAX_CHAIN_WALK, DEFAULT_CHAIN_MEMBERS + 1)),
  };
  const walkQuery = cypher(direction === "up" ? "walk-chain-up" : "walk-chain-down");
  const walked = await read(walkQuery, walkParams);
  const found = (walked.records[0]?.get("found") as string[] | undefined) ?? [];
  const members = [root.id, ...found.slice(0, DEFAULT_CHAIN_MEMBERS)];
  const lines = [
    await timed(`the walk ${direction} (walk-chain-${direction}.cypher, one round)`, () =>
      read(walkQuery, walkParams),
    ),
    await timed(
      `the members' subgraph with cited sources (get-chain-${direction}-subgraph.cypher, ${members.length.toLocaleString("en-GB")} members)`,
      () =>
        read(cypher(direction === "up" ? "get-chain-up-subgraph" : "get-chain-down-subgraph"), {
          ...walkParams,
          ids: members,
        }),
    ),
    await timed("the endpoint over HTTP (the two, the chain worked out, JSON)", () =>
      fetchOk(`/api/entities/${encodeURIComponent(root.id)}/chain-${direction}`),
    ),
  ];
  const what =
    direction === "up"
      ? `from the company with the most owners (${root.degree.toLocaleString("en-GB")} OWNS coming in)`
      : `from the largest holder (${root.degree.toLocaleString("en-GB")} OWNS going out)`;
  sections.push(
    `**The widest chain ${direction}**, ${what}: the walk finds ${found.length.toLocaleString("en-GB")} entities ${direction === "up" ? "above" : "below"} it (it stops at ${MAX_CHAIN_WALK.toLocaleString("en-GB")}), the endpoint reads the first ${DEFAULT_CHAIN_MEMBERS.toLocaleString("en-GB")}; target 50 ms:\n\n${[...HEADER, ...lines].join("\n")}`,
  );
}

// 3. Search: the full-text index against the whole request.
{
  const ids = await sampleIds(driver, database);
  const texts = ids.entities.slice(0, RUNS).map((entity) => partialWords(entity.name));
  const candidates = searchCandidates(DEFAULT_SEARCH_HITS);
  // What the endpoint asks first; typos only when that finds nothing, which these texts never do.
  const WORDS_ONLY = { typos: false };
  const lucene = (turn: number) =>
    buildFulltextQuery(texts[turn % texts.length] ?? "", WORDS_ONLY) ?? "";
  // Every text once before any step is timed: the index's files are then as warm for each step.
  for (const text of texts) await fetchOk(`/api/search?q=${encodeURIComponent(text)}`);
  const matches: number[] = [];
  for (const text of texts.slice(0, 10)) {
    const counted = await read(
      "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node RETURN count(node) AS n",
      { query: buildFulltextQuery(text, WORDS_ONLY) },
    );
    matches.push(Number(counted.records[0]?.get("n")));
  }
  const lines = [
    await timed(`the index alone: its ${candidates} best hits, counted`, (turn) =>
      read(
        "CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $limit }) YIELD node RETURN count(node) AS n",
        { query: lucene(turn), limit: neo4j.int(candidates) },
      ),
    ),
    await timed(
      "the search query: the index, the joins, the nodes (search-entities.cypher)",
      (turn) =>
        read(cypher("search-entities"), {
          query: lucene(turn),
          candidates: neo4j.int(candidates),
          limit: neo4j.int(candidates),
          hiddenDatasets: [],
        }),
    ),
    await timed("the endpoint over HTTP (the query, the ranking, JSON)", (turn) =>
      fetchOk(`/api/search?q=${encodeURIComponent(texts[turn % texts.length] ?? "")}`),
    ),
  ];
  const median = summarizeTimings(matches).median;
  sections.push(
    `**Search** (partial words, as the endpoint table types them, e.g. \`${texts[0] ?? ""}\`; target 30 ms). The index scores every entity the words match before it keeps the best ${candidates}: the first 10 texts match ${Math.min(...matches).toLocaleString("en-GB")}–${Math.max(...matches).toLocaleString("en-GB")} entities each (median ${median.toLocaleString("en-GB")}).\n\n${[...HEADER, ...lines].join("\n")}`,
  );
}

// 4. An export's reading: the driver alone against the whole export.
{
  const query = `MATCH path = (:Entity { dataset: '${SCALE_DATASET}' })-[:OWNS]->(:Entity) RETURN path LIMIT ${EXPORT_RELATIONSHIPS}`;
  const idsOnly = query
    .replace("MATCH path = (:Entity", "MATCH (a:Entity")
    .replace(")-[:OWNS]->(:Entity) RETURN path", ")-[r:OWNS]->(b:Entity) RETURN a.id, r.id, b.id");
  const lines = ["| step | time (s) | this process's CPU (s) |", "|---|---|---|"];
  const measure = async (step: string, run: () => Promise<unknown>) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run();
    const used = process.cpuUsage(cpu);
    const line = `| ${step} | ${((performance.now() - started) / 1000).toFixed(1)} | ${((used.user + used.system) / 1e6).toFixed(1)} |`;
    console.info(line);
    lines.push(line);
  };
  await measure("the three ids of each path only (what Neo4j takes to find them)", () =>
    read(idsOnly, {}),
  );
  await measure("the paths, each node and link whole, taken by the driver (no conversion)", () =>
    read(query, {}),
  );
  await measure(
    "the CSV export over HTTP (the read, the conversion, the file; no sources)",
    async () => {
      const response = await fetch(`${base}/api/export`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format: "csv", part: "relationships", query, withSources: false }),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the export answered ${response.status}`);
    },
  );
  sections.push(
    `**An export's reading** (\`${query}\`; target 3 s per format), once each, the export's server in this process:\n\n${lines.join("\n")}`,
  );
}

await app.close();
await connection.close();
await writeBenchmarkSection(
  `Scale: ${size} entities, where the time goes`,
  `At ${new Date().toISOString().slice(11, 16)} UTC, on the store \`npm run bench -- --scale ${size}\` kept (embedded Neo4j Community 5.26, heap ${heap}, page cache ${pageCache}), by \`bench/scale-breakdown.ts\`: medians and p95 of ${RUNS} runs after ${WARMUP} warm-up runs, through the driver or over HTTP from this process. Machine load (1-minute average) ${loadBefore} when it began and ${load()} when it ended.

${sections.join("\n\n")}`,
);
