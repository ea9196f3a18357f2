/**
 * The explorer's endpoints timed on a large store, for `bench/scale.ts` (right after its load) and
 * `bench/scale-study.ts` (on a store an earlier run kept): the same cases, the same table.
 */
import type { Driver } from "neo4j-driver";
import { formatMs, summarizeTimings } from "./stats";

/** The dataset id the scale benchmark loads its generated register as. */
export const SCALE_DATASET = "scale";

/** Fetches and reads the whole answer; resolves to whether it was a success. */
async function fetchAnswer(url: string): Promise<boolean> {
  const response = await fetch(url);
  await response.text();
  return response.ok;
}

/**
 * The generated entity with the most OWNS links (bench-only Cypher): in both directions (the
 * super node whose first page is timed), coming in (the company with the most owners, whose
 * chain up is the widest) or going out (the largest holder, whose chain down is).
 */
export async function widestEntity(
  driver: Driver,
  database: string | undefined,
  direction: "both" | "in" | "out",
): Promise<{ id: string; degree: number }> {
  const pattern = { both: "(e)-[:OWNS]-()", in: "(e)<-[:OWNS]-()", out: "(e)-[:OWNS]->()" }[
    direction
  ];
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity {dataset: $dataset}) WITH e, COUNT { ${pattern} } AS degree
     ORDER BY degree DESC LIMIT 1 RETURN e.id AS id, degree`,
    { dataset: SCALE_DATASET },
    { database },
  );
  return { id: String(records[0]?.get("id")), degree: Number(records[0]?.get("degree")) };
}

/** What the search samples type for a name: its first two words, the last letter left off. */
export function partialWords(name: string): string {
  return name.split(" ").slice(0, 2).join(" ").slice(0, -1);
}

/** Ids the samples ask about, read once from the store (bench-only Cypher). */
export async function sampleIds(driver: Driver, database: string | undefined) {
  const read = async (query: string) =>
    (await driver.executeQuery(query, { dataset: SCALE_DATASET }, { database })).records;
  const entities = await read(
    `MATCH (e:Entity {dataset: $dataset}) WHERE e.name IS NOT NULL
     WITH e, rand() AS r ORDER BY r LIMIT 2000 RETURN e.id AS id, e.name AS name`,
  );
  const pairs = await read(
    `MATCH (a:Entity {dataset: $dataset})<-[:OWNS*3]-(b:Entity)
     WITH a, b LIMIT 500 RETURN a.id AS from, b.id AS to`,
  );
  return {
    entities: entities.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) })),
    widest: await widestEntity(driver, database, "both"),
    pairs: pairs.map((r) => ({ from: String(r.get("from")), to: String(r.get("to")) })),
  };
}

/** Times each endpoint over HTTP at `base`; answers the Markdown table's lines. */
export async function measureEndpoints(
  base: string,
  driver: Driver,
  database: string | undefined,
  options: { samples: number; warmup: number },
): Promise<string[]> {
  const { samples, warmup } = options;
  const ids = await sampleIds(driver, database);
  let turn = 0;
  const next = <T>(list: readonly T[]): T => list[turn++ % list.length] as T;
  const searchText = () => partialWords(next(ids.entities).name);
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
    { name: "dataset summary (start page)", url: () => `/api/datasets/${SCALE_DATASET}/summary` },
  ];
  const latency = [
    "| endpoint | samples | p50 (ms) | p95 (ms) | max (ms) | errors (timeouts) |",
    "|---|---|---|---|---|---|",
  ];
  for (const benchCase of cases) {
    for (let warm = 0; warm < warmup; warm++) await fetchAnswer(base + benchCase.url());
    const times: number[] = [];
    let failed = 0;
    for (let index = 0; index < samples; index++) {
      const url = base + benchCase.url();
      const at = performance.now();
      if (!(await fetchAnswer(url))) failed++;
      times.push(performance.now() - at);
    }
    const stats = summarizeTimings(times);
    latency.push(
      `| ${benchCase.name} | ${samples} | ${formatMs(stats.median)} | ${formatMs(stats.p95)} | ${formatMs(stats.max)} | ${failed} |`,
    );
    console.info(latency[latency.length - 1]);
  }
  return latency;
}
