import { buildApp } from "../server/app";
import { neo4jDatasetWriter } from "../server/ingest/neo4j-dataset-writer";
import { emptyRows, entityRow, type ModelRows } from "../domain/ingest";
import { openBenchDatabase } from "./support/bench-database";
import { formatMs, summarizeTimings } from "./support/stats";
import { writeBenchmarkSection } from "./support/benchmarks-file";

// "What changed" and "as of" on an entity with a history: 100 owners, each holding a share that
// changes every year for 10 years (one relationship version a year, as BODS updates make them),
// and 20 holdings below with the same history; written through the dataset writer, so every
// version carries its held span. Timed over HTTP: the changes between two days 9 years apart,
// the chain up as of a day, and the chain up today.
const OWNERS = Number(process.env.BENCH_OWNERS ?? 100);
const HOLDINGS = 20;
const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const FIRST_YEAR = 2015;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const DATASET = "bench-history";
const TARGET = `${DATASET}:target`;

function historyRows(): ModelRows {
  const rows = emptyRows();
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    const id = `${DATASET}:statement-${year}`;
    rows.sources.push({
      id,
      properties: {
        id,
        caption: `Register statement of ${year}`,
        kind: "registerStatement",
        date: `${year}-12-31`,
      },
    });
  }
  rows.entities.push(entityRow(TARGET, "Company", { name: "Target Holdings" }, "Target"));
  const link = (from: string, to: string, index: number, year: number, share: number) => {
    const id = `${DATASET}:${from}-${to}@${year}`;
    const last = year === FIRST_YEAR + YEARS - 1;
    rows.relationships.push({
      id,
      type: "OWNS",
      from: `${DATASET}:${from}`,
      to: `${DATASET}:${to}`,
      properties: {
        id,
        interestType: "shareholding",
        directOrIndirect: "direct",
        shareExact: share,
        startDate: `${year}-01-01`,
        ...(last ? {} : { endDate: `${year}-12-31` }),
        sourceIds: [`${DATASET}:statement-${year}`],
        quotes: [`owner ${index} in ${year}`],
        quoteKinds: ["summary"],
        firmness: "reported",
      },
    });
  };
  for (let owner = 0; owner < OWNERS; owner++) {
    rows.entities.push(
      entityRow(`${DATASET}:owner-${owner}`, "Company", { name: `Owner ${owner}` }, "Owner"),
    );
    for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
      link(`owner-${owner}`, "target", owner, year, ((owner + year) % 5) * 0.1 + 0.5);
    }
  }
  for (let holding = 0; holding < HOLDINGS; holding++) {
    rows.entities.push(
      entityRow(
        `${DATASET}:holding-${holding}`,
        "Company",
        { name: `Holding ${holding}` },
        "Holding",
      ),
    );
    for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
      link("target", `holding-${holding}`, holding, year, 50 + ((holding + year) % 7));
    }
  }
  return rows;
}

const database = await openBenchDatabase({ heap: "1g", pageCache: "512m" });
const lines: string[] = [];
try {
  const { driver, database: name } = database.connection;
  const rows = historyRows();
  const counts = await neo4jDatasetWriter(driver, name).write(
    {
      id: DATASET,
      title: "Benchmark history",
      format: "bench",
      version: "1",
      files: [],
      publisher: null,
      licence: null,
    },
    rows,
  );
  console.info(
    `Wrote ${counts.entities} entities and ${counts.relationships} relationship versions.`,
  );
  const app = await buildApp({ driver, database: name, limits: database.config.limits });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const target = encodeURIComponent(TARGET);
  const cases = [
    {
      name: `changes between ${FIRST_YEAR}-06-01 and ${FIRST_YEAR + YEARS - 1}-06-01 (up and down)`,
      path: `/api/entities/${target}/changes?from=${FIRST_YEAR}-06-01&to=${FIRST_YEAR + YEARS - 1}-06-01`,
    },
    {
      name: `chain up as of ${FIRST_YEAR + 4}-06-01`,
      path: `/api/entities/${target}/chain-up?asOf=${FIRST_YEAR + 4}-06-01`,
    },
    { name: "chain up today (latest)", path: `/api/entities/${target}/chain-up` },
    {
      name: "timeline (every version of the 100 owners)",
      path: `/api/entities/${target}/timeline`,
    },
  ];
  lines.push(
    `History: ${OWNERS} owners and ${HOLDINGS} holdings, each link with one version a year for ${YEARS} years (${counts.relationships} relationship versions).`,
    "",
    "| request | samples | median (ms) | p95 (ms) | max (ms) | answer (KB) |",
    "|---|---|---|---|---|---|",
  );
  for (const benchCase of cases) {
    for (let warm = 0; warm < WARMUP; warm++) await fetchOk(base + benchCase.path);
    const timings: number[] = [];
    let size = 0;
    for (let index = 0; index < SAMPLES; index++) {
      const start = performance.now();
      size = await fetchOk(base + benchCase.path);
      timings.push(performance.now() - start);
    }
    const stats = summarizeTimings(timings);
    lines.push(
      `| ${benchCase.name} | ${SAMPLES} | ${formatMs(stats.median)} | ${formatMs(stats.p95)} | ${formatMs(stats.max)} | ${(size / 1000).toFixed(0)} |`,
    );
    console.info(lines[lines.length - 1]);
  }
  await app.close();
} finally {
  await database.dispose();
}
await writeBenchmarkSection(
  "As of a day, and what changed",
  `Embedded Neo4j Community 5.26 (heap 1 GB, page cache 512 MB) and the HTTP server in one process, each request timed from fetch to parsed body after ${WARMUP} warm-up requests. Target: the change list under 100 ms (p95).\n\n${lines.join("\n")}`,
);

async function fetchOk(url: string): Promise<number> {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return body.length;
}
