import { createServer, type Server } from "node:http";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { writeFilesAtomically } from "../cli/atomic-write";
import { ImportProblems, scopedId, type ImportContext, type ModelRows } from "../domain/ingest";
import { syntheticBodsJsonLines } from "../domain/synthetic/synthetic-bods";
import { importFormatById } from "../server/ingest/import-formats";
import { localImportFile } from "../server/ingest/read/local-file";
import { runDatasetImport } from "../server/ingest/run-dataset-import";
import { openBenchDatabase } from "./support/bench-database";
import { writeBenchmarkSection } from "./support/benchmarks-file";

// An import of a generated BODS register (`ownergraph generate`) into an empty embedded Neo4j,
// timed per phase (check, write), with the importer's peak memory; then the same entities and
// relationships through LOAD CSV (served over HTTP to the same Neo4j, 10,000 rows a
// transaction) into another empty one, for the ratio. BENCH_IMPORT_ENTITIES sets the size.

const ENTITIES = Number(process.env.BENCH_IMPORT_ENTITIES ?? 100_000);

function csvField(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows the BODS format makes, as two CSV tables: what LOAD CSV gets to load. */
async function csvTables(file: string): Promise<{ entities: string; relationships: string }> {
  const format = importFormatById("bods");
  if (format === undefined) throw new Error("The BODS import format is not registered.");
  const context: ImportContext = {
    datasetId: "csv",
    problems: new ImportProblems(),
    options: {},
    scope: (local) => scopedId("csv", local),
    describe: () => undefined,
  };
  const entities = ["id,type,caption,searchText"];
  const relationships = ["id,type,from,to,shareExact,shareMin,shareMax"];
  for await (const rows of format.rows(
    [await localImportFile(file)],
    context,
  ) as AsyncIterable<ModelRows>) {
    for (const row of rows.entities) {
      const { caption, searchText } = row.properties;
      entities.push([row.id, row.type, caption, searchText].map(csvField).join(","));
    }
    for (const row of rows.relationships) {
      const { shareExact, shareMin, shareMax } = row.properties;
      relationships.push(
        [row.id, row.type, row.from, row.to, shareExact, shareMin, shareMax]
          .map(csvField)
          .join(","),
      );
    }
  }
  return { entities: entities.join("\n"), relationships: relationships.join("\n") };
}

function serve(files: Record<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const body = files[(request.url ?? "").slice(1)];
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/csv" }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${String(port)}` });
    }),
  );
}

const LOAD_ENTITIES = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (e:Entity { id: row.id })
  SET e.caption = row.caption, e.searchText = row.searchText, e.dataset = 'csv'
  SET e:$(row.type)
} IN TRANSACTIONS OF 10000 ROWS`;

const LOAD_RELATIONSHIPS = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity { id: row.from })
  MATCH (b:Entity { id: row.to })
  MERGE (a)-[r:$(row.type) { id: row.id }]->(b)
  SET r.shareExact = toFloat(row.shareExact), r.shareMin = toFloat(row.shareMin),
      r.shareMax = toFloat(row.shareMax), r.dataset = 'csv'
} IN TRANSACTIONS OF 10000 ROWS`;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function perSecond(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-GB")}/s`;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-import-bench-"));
  const file = path.join(folder, "register.jsonl");
  try {
    console.info(`Generating ${ENTITIES.toLocaleString("en-GB")} entities as BODS…`);
    await writeFilesAtomically([
      { path: file, body: syntheticBodsJsonLines({ entities: ENTITIES, seed: 11 }) },
    ]);
    const megabytes = (await stat(file)).size / 2 ** 20;

    const database = await openBenchDatabase();
    let peakRss = process.memoryUsage().rss;
    const baselineRss = peakRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const phases: Record<string, number> = {};
    const started = performance.now();
    let phase = "checking";
    const outcome = await runDatasetImport(
      database.connection.driver,
      database.connection.database,
      {
        files: [await localImportFile(file)],
        format: "bods",
        datasetId: "bench",
        onProgress: (progress) => {
          if (progress.phase !== phase) {
            phases[phase] = performance.now() - started;
            phase = progress.phase;
          }
        },
      },
    );
    const totalMs = performance.now() - started;
    clearInterval(sampler);
    const checkMs = phases["checking"] ?? 0;
    const writeMs = totalMs - checkMs;
    await database.dispose();
    console.info(
      `Imported in ${seconds(totalMs)} (check ${seconds(checkMs)}, write ${seconds(writeMs)}).`,
    );

    const tables = await csvTables(file);
    const { server, url } = await serve(tables);
    const csvDatabase = await openBenchDatabase();
    const csvStarted = performance.now();
    const session = csvDatabase.connection.driver.session({
      database: csvDatabase.connection.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      await session.run(LOAD_ENTITIES, { url: `${url}/entities` });
      await session.run(LOAD_RELATIONSHIPS, { url: `${url}/relationships` });
    } finally {
      await session.close();
    }
    const csvMs = performance.now() - csvStarted;
    server.close();
    await csvDatabase.dispose();
    console.info(`LOAD CSV in ${seconds(csvMs)}.`);

    const { counts } = outcome;
    const rows = [
      "| path | entities | relationships | time | relationships/s | importer peak memory |",
      "|---|---|---|---|---|---|",
      `| \`ownergraph import\` (check + write, one transaction) | ${counts.entities.toLocaleString("en-GB")} | ${counts.relationships.toLocaleString("en-GB")} | ${seconds(totalMs)} (check ${seconds(checkMs)}, write ${seconds(writeMs)}) | ${perSecond(counts.relationships, totalMs)} | ${Math.round((peakRss - baselineRss) / 2 ** 20)} MiB above ${Math.round(baselineRss / 2 ** 20)} MiB |`,
      `| \`LOAD CSV\` (the same entities and relationships, fewer properties, no checks) | ${counts.entities.toLocaleString("en-GB")} | ${counts.relationships.toLocaleString("en-GB")} | ${seconds(csvMs)} | ${perSecond(counts.relationships, csvMs)} | (in Neo4j) |`,
    ];
    await writeBenchmarkSection(
      "Import speed (BODS into an empty embedded Neo4j)",
      `A generated register (\`ownergraph generate --entities ${ENTITIES}\`, ${megabytes.toFixed(0)} MB of BODS 0.4 JSON Lines) imported with \`ownergraph import\`'s code path into a fresh embedded Neo4j (2 GB heap, 1 GB page cache), then the same rows through \`LOAD CSV\` into another fresh one. The import reads the file twice (check every row against the model, then write); the write is one transaction.

${rows.join("\n")}

The import is ${(totalMs / csvMs).toFixed(1)}× the time of \`LOAD CSV\` for the same graph (\`LOAD CSV\` writes fewer properties and checks nothing; the import also writes every statement as a Source with its provenance). Aim (issue 13): 50,000 relationships/s.`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
