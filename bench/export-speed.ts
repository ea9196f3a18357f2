import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeFilesAtomically, type FileToWrite } from "../cli/atomic-write";
import { csvPairChunks, cypherScriptChunks, gexfChunks, graphmlChunks } from "../domain/export";
import type { WireGraph } from "../domain/wire/graph-wire-types";
import { generateOwnershipGraph } from "../domain/synthetic/generate-ownership-graph";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { formatMs, summarizeTimings } from "./support/stats";

// Time and peak memory to export a 100,000-relationship graph to GraphML, GEXF, CSV and the
// Cypher script, as the `ownergraph` command does it: the exporter's pieces streamed to a
// temporary file and renamed. Each format runs in a fresh process (median of 3 runs), so one
// format's garbage does not count against the next. Target: under 3 s each.

const FORMATS = ["graphml", "gexf", "csv", "cypher"] as const;
type Format = (typeof FORMATS)[number];
const EDGES = Number(process.env.BENCH_EXPORT_EDGES ?? 100_000);
/** About 1.36 relationships per entity come out of the generator: enough entities for EDGES. */
const ENTITIES = Math.ceil(EDGES / 1.3);
const RUNS = 3;

interface WorkerResult {
  format: Format;
  timesMs: number[];
  baselineMiB: number;
  peakMiB: number;
  megabytes: number;
  nodes: number;
  edges: number;
}

/** The synthetic ownership graph in the wire format, with citations on every relationship. */
function benchGraph(): WireGraph {
  const synthetic = generateOwnershipGraph({ entities: ENTITIES, seed: 7 });
  if (synthetic.relationships.length < EDGES) {
    throw new Error(
      `the generator made ${synthetic.relationships.length} relationships, not ${EDGES}`,
    );
  }
  return {
    nodes: synthetic.entities.map((entity) => ({
      key: `4:bench:${entity.id}`,
      attributes: {
        labels: ["Entity", entity.type],
        properties: { id: entity.id, name: entity.name, caption: entity.name, depth: entity.depth },
      },
    })),
    edges: synthetic.relationships.slice(0, EDGES).map((relationship) => ({
      key: `5:bench:${relationship.id}`,
      source: `4:bench:${relationship.from}`,
      target: `4:bench:${relationship.to}`,
      attributes: {
        type: relationship.type,
        properties: {
          id: relationship.id,
          shareExact: relationship.shareExact,
          shareMin: relationship.shareMin,
          shareMax: relationship.shareMax,
          firmness: "reported",
          sourceIds: ["bench-register-2026"],
          quotes: [`Register entry for ${relationship.from}, "as filed"; see page 3.`],
        },
      },
    })),
  };
}

function files(format: Format, graph: WireGraph, folder: string): FileToWrite[] {
  const file = (name: string, body: Iterable<string>) => ({ path: path.join(folder, name), body });
  switch (format) {
    case "graphml":
      return [file("bench.graphml", graphmlChunks(graph))];
    case "gexf":
      return [file("bench.gexf", gexfChunks(graph))];
    case "cypher":
      return [file("bench.cypher", cypherScriptChunks(graph))];
    case "csv": {
      const pair = csvPairChunks(graph);
      return [file("nodes.csv", pair.nodes), file("relationships.csv", pair.relationships)];
    }
  }
}

/** Samples the resident set while the pieces are consumed (the exporters run synchronously). */
function* sampled(pieces: Iterable<string>, peak: { rss: number }): Generator<string> {
  let count = 0;
  for (const piece of pieces) {
    if (++count % 2_000 === 0) peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
    yield piece;
  }
  peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
}

async function worker(format: Format): Promise<void> {
  const graph = benchGraph();
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage.rss();
  const peak = { rss: baseline };
  const folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-bench-export-"));
  const timesMs: number[] = [];
  let bytes = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      bytes = 0;
      const started = performance.now();
      const toWrite = files(format, graph, folder).map((file) => ({
        ...file,
        body: sampled(file.body as Iterable<string>, peak),
      }));
      await writeFilesAtomically(toWrite, (count) => (bytes += count));
      timesMs.push(performance.now() - started);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const result: WorkerResult = {
    format,
    timesMs,
    baselineMiB: baseline / 2 ** 20,
    peakMiB: peak.rss / 2 ** 20,
    megabytes: bytes / 1e6,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runWorker(format: Format): WorkerResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", self, "--worker", format],
    { encoding: "utf8", maxBuffer: 16 * 2 ** 20 },
  );
  if (child.status !== 0) throw new Error(`export bench for ${format} failed:\n${child.stderr}`);
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as WorkerResult;
}

async function main(): Promise<void> {
  const load = os.loadavg()[0] ?? 0;
  const results = FORMATS.map((format) => {
    const result = runWorker(format);
    console.info(`${format}: ${result.timesMs.map(formatMs).join(", ")} ms`);
    return result;
  });
  const first = results[0];
  const lines = [
    "| format | median (ms) | min (ms) | max (ms) | output (MB) | RSS before (MiB) | peak RSS (MiB) | under 3 s |",
    "|---|---|---|---|---|---|---|---|",
    ...results.map((result) => {
      const timing = summarizeTimings(result.timesMs);
      return (
        `| ${result.format} | ${formatMs(timing.median)} | ${formatMs(timing.min)} | ${formatMs(timing.max)} ` +
        `| ${result.megabytes.toFixed(1)} | ${result.baselineMiB.toFixed(0)} | ${result.peakMiB.toFixed(0)} ` +
        `| ${timing.median < 3_000 ? "yes" : "no"} |`
      );
    }),
  ];
  const busy =
    load > os.cpus().length * 0.75
      ? `The machine was busy (1-minute load average ${load.toFixed(1)} on ${os.cpus().length} cores, other test runs sharing it): times are pessimistic.`
      : `1-minute load average ${load.toFixed(1)} on ${os.cpus().length} cores.`;
  const body = [
    `\`npx tsx bench/export-speed.ts\`: a synthetic ownership graph of ${first?.nodes.toLocaleString("en-US")} entities and ` +
      `${first?.edges.toLocaleString("en-US")} relationships (each with a share, firmness, a source id and a quote), ` +
      "exported as the `ownergraph` command writes it: the exporter's pieces streamed to a temporary file, then renamed. " +
      `Each format in a fresh Node process, median of ${RUNS} runs. RSS before: the process with the graph in memory; ` +
      "peak RSS: the largest resident set sampled while exporting. Target: under 3 s each.",
    busy,
    lines.join("\n"),
  ].join("\n\n");
  console.info(`\n${lines.join("\n")}\n${busy}`);
  await writeBenchmarkSection("Export speed", body);
}

const workerAt = process.argv.indexOf("--worker");
if (workerAt >= 0) await worker(process.argv[workerAt + 1] as Format);
else await main();
