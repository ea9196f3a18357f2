/**
 * CSV imports through the import runner into the real Neo4j: the KEK media tables with their
 * mapping file (counts, shares, provenance; the same files twice change nothing; bad input
 * writes nothing), and the seed exported as CSV by the exporter, imported back as a dataset of
 * its own and compared with the seed in the database by local id.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver, type Integer } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { exportCsvPair } from "../../domain/export/csv-exporter";
import { ImportRejectedError } from "../../domain/ingest";
import type { Properties, WireGraph } from "../../domain/wire/graph-wire-types";
import { withoutInternalProperties } from "../../domain/wire/internal-properties";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { toProperties } from "../../server/query/neo4j-values";
import { removeImportedDatasets } from "../support/imported-datasets";
import { openTestDriver, testDatabase } from "../support/neo4j";

/** A KEK import reads 8,000 records twice; a loaded 2-core machine needs its time. */
const IMPORT_TIMEOUT_MS = 240_000;

const KEK = fileURLToPath(new URL("../fixtures/csv/kek/", import.meta.url));

let driver: Driver;
let folder: string;

beforeAll(async () => {
  driver = openTestDriver();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-csv-"));
});
afterEach(async () => {
  await removeImportedDatasets(driver);
});
afterAll(async () => {
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

async function read(query: string, parameters: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, parameters, {
    database: testDatabase(),
  });
  return records;
}

function count(value: unknown): number {
  return neo4j.integer.toNumber(value as Integer);
}

async function importKek(mapping?: string, shares = "shares.csv") {
  const files = await Promise.all(
    ["company.csv", shares, "media.csv"].map((name) => localImportFile(path.join(KEK, name))),
  );
  return runDatasetImport(driver, testDatabase(), {
    files,
    datasetId: "kek",
    options: { mapping: mapping ?? (await readFile(path.join(KEK, "mapping.json"), "utf8")) },
  });
}

describe("importing the KEK media tables as CSV", () => {
  it(
    "writes every company, media outlet, holding and citation, with shares and sources; the same files again change nothing",
    async () => {
      const outcome = await importKek();
      expect(outcome.status).toBe("written");
      expect(outcome.dataset).toMatchObject({
        format: "csv",
        title: "KEK media ownership (Germany, about 2017)",
        publisher: "Kommission zur Ermittlung der Konzentration im Medienbereich (KEK)",
        licence: null,
      });
      expect(outcome.counts).toEqual({
        sources: 1,
        entities: 3065 + 1103,
        relationships: 2904 + 1103,
        citations: 3065 + 1103,
      });
      const [counts] = await read(
        `MATCH (e:Company { dataset: 'kek' }) WITH count(e) AS companies
       MATCH (:Entity)-[o:OWNS { dataset: 'kek' }]->(:Entity)
       RETURN companies, count(o) AS holdings, count(o.shareExact) AS withShare`,
      );
      expect(count(counts?.get("companies"))).toBe(4168);
      expect(count(counts?.get("holdings"))).toBe(2904);
      expect(count(counts?.get("withShare"))).toBe(2904 - 47);
      const [share] = await read(
        `MATCH (a { id: 'kek:company-1093' })-[o:OWNS]->(b { id: 'kek:company-1092' })
       MATCH (s:Source { id: o.sourceIds[0] })
       RETURN o.shareExact AS share, o.quotes AS quotes, s.url AS url, b.name AS name`,
      );
      expect(share?.get("share")).toBe(38.85);
      expect(share?.get("url")).toBe("https://www.kek-online.de/");
      expect(share?.get("name")).toBe('"Eberswalder Blitz" Werbe & Verlags GmbH');
      expect(share?.get("quotes")).toEqual([
        "shares.csv, record 3 (line 3): 1093 owns 1092 (38.85 %)",
      ]);
      // The same files again change nothing.
      expect((await importKek()).status).toBe("unchanged");
    },
    IMPORT_TIMEOUT_MS,
  );

  it(
    "rejects a share written with a percent sign, naming the record, and writes nothing",
    async () => {
      const bad = path.join(folder, "shares.csv");
      const text = await readFile(path.join(KEK, "shares.csv"), "utf8");
      await writeFile(bad, text.replace("1093,1092,38.85\r\n", "1093,1092,38.85%\r\n"));
      const files = await Promise.all([
        localImportFile(path.join(KEK, "company.csv")),
        localImportFile(bad),
        localImportFile(path.join(KEK, "media.csv")),
      ]);
      const mapping = await readFile(path.join(KEK, "mapping.json"), "utf8");
      const error = await runDatasetImport(driver, testDatabase(), {
        files,
        datasetId: "kek",
        options: { mapping },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportRejectedError);
      expect((error as ImportRejectedError).report.errors).toEqual([
        expect.objectContaining({
          code: "share-with-percent-sign",
          file: "shares.csv",
          at: "record 3 (line 3)",
        }),
      ]);
      const [written] = await read("MATCH (n { dataset: 'kek' }) RETURN count(n) AS n");
      expect(count(written?.get("n"))).toBe(0);
    },
    IMPORT_TIMEOUT_MS,
  );
});

/** A dataset as the database holds it, keyed by element id (as an export reads it). */
async function datasetGraph(dataset: string): Promise<WireGraph> {
  const nodes = await read(
    "MATCH (n { dataset: $dataset }) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS p",
    { dataset },
  );
  const edges = await read(
    `MATCH (a)-[r { dataset: $dataset }]->(b)
     RETURN elementId(r) AS key, elementId(a) AS a, elementId(b) AS b, type(r) AS type,
            properties(r) AS p`,
    { dataset },
  );
  return {
    nodes: nodes.map((record) => ({
      key: String(record.get("key")),
      attributes: {
        labels: record.get("labels") as string[],
        properties: toProperties(record.get("p") as Record<string, unknown>),
      },
    })),
    edges: edges.map((record) => ({
      key: String(record.get("key")),
      source: String(record.get("a")),
      target: String(record.get("b")),
      attributes: {
        type: String(record.get("type")),
        properties: toProperties(record.get("p") as Record<string, unknown>),
      },
    })),
  };
}

/** Lines "kind id: properties" with ids made local and what the import stamps left out. */
function linesOf(graph: WireGraph, prefix: string): string[] {
  const local = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith(prefix)) return value.slice(prefix.length);
    if (Array.isArray(value)) return value.map(local);
    return value;
  };
  const cleaned = (properties: Properties) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(properties)
          .filter(([key, value]) => {
            if (["dataset", "datasetVersion", "searchText"].includes(key)) return false;
            return !(Array.isArray(value) && value.length === 0);
          })
          .map(([key, value]) => [
            key,
            ["id", "sourceIds", "componentIds"].includes(key) ? local(value) : value,
          ])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
    );
  const idOf = new Map(
    graph.nodes.map((node) => [node.key, String(local(node.attributes.properties.id))]),
  );
  return [
    ...graph.nodes.map(
      (node) =>
        `${[...node.attributes.labels].sort().join(":")} ${cleaned(node.attributes.properties)}`,
    ),
    ...graph.edges.map(
      (edge) =>
        `${idOf.get(edge.source) ?? "?"} ${edge.attributes.type} ${idOf.get(edge.target) ?? "?"} ${cleaned(edge.attributes.properties)}`,
    ),
  ].sort();
}

describe("the seed's CSV export, imported back", () => {
  it("gives the same graph as the seed, by local id", async () => {
    const seed = await datasetGraph("seed");
    const pair = exportCsvPair(withoutInternalProperties(seed));
    const nodes = path.join(folder, "nodes.csv");
    const relationships = path.join(folder, "relationships.csv");
    await writeFile(nodes, pair.nodesCsv);
    await writeFile(relationships, pair.relationshipsCsv);
    const outcome = await runDatasetImport(driver, testDatabase(), {
      files: [await localImportFile(nodes), await localImportFile(relationships)],
      datasetId: "seed-copy",
      options: { arrayDelimiter: pair.arrayDelimiter },
    });
    expect(outcome.status).toBe("written");
    expect(outcome.dataset.format).toBe("csv");
    const copied = await datasetGraph("seed-copy");
    // The copy is the seed's entities again: each one with a strong identifier (Aisino's stock
    // code) is joined with its seed record (docs/model.md, "Joined records").
    const isJoin = (edge: WireGraph["edges"][number]) => edge.attributes.type === "SAME_AS";
    const joined = copied.edges.filter(isJoin).map((edge) => edge.attributes.properties["id"]);
    expect(joined).toContain("join:aisino=seed-copy:aisino");
    expect(joined.every((id) => /^join:([^=]+)=seed-copy:\1$/.test(String(id)))).toBe(true);
    const copy = linesOf(
      { nodes: copied.nodes, edges: copied.edges.filter((edge) => !isJoin(edge)) },
      "seed-copy:",
    );
    expect(copy).toHaveLength(seed.nodes.length + seed.edges.length);
    expect(copy).toEqual(linesOf(seed, "\u0000"));
  });
});
