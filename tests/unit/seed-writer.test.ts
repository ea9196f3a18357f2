import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cypher } from "../../cypher/registry";
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from "../../domain/model";
import { stampDataset, runImport, type DatasetWriter } from "../../domain/ingest";
import { readSeedDirectory, seedImporter, seedModelRows } from "../../graph-seed";
import { DatasetWriteError, type WriteTransaction } from "../../server/ingest/write-dataset";
import { writeSeed } from "../support/write-seed";

const dataset = await readSeedDirectory();

interface RecordedRun {
  query: string;
  parameters: Record<string, unknown> | undefined;
}

/** A transaction that records what it is asked to run and answers like the driver would. */
function recordingTransaction(written?: (rows: unknown[]) => number): {
  tx: WriteTransaction;
  runs: RecordedRun[];
} {
  const runs: RecordedRun[] = [];
  const tx: WriteTransaction = {
    run(query, parameters) {
      runs.push({ query, parameters });
      const rows = Array.isArray(parameters?.["rows"]) ? (parameters["rows"] as unknown[]) : [];
      const count = written ? written(rows) : rows.length;
      return Promise.resolve({
        records: [{ get: (key: string) => (key === "written" ? count : null) }],
      });
    },
  };
  return { tx, runs };
}

function containsNull(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.some(containsNull);
  if (typeof value === "object") return Object.values(value).some(containsNull);
  return false;
}

describe("the dataset writer, writing the seed", () => {
  it("runs the registry's queries in order, with data only in parameters, dataset last", async () => {
    const { tx, runs } = recordingTransaction();
    const summary = await writeSeed(tx, dataset);
    expect(runs.map((run) => run.query)).toEqual([
      cypher("delete-dataset-relationships"),
      cypher("merge-sources"),
      cypher("merge-entities"),
      cypher("merge-relationships"),
      cypher("merge-citations"),
      cypher("delete-stale-dataset-nodes"),
      cypher("link-dataset-joins"),
      cypher("set-dataset"),
    ]);
    expect(runs[0]?.parameters).toEqual({ dataset: "seed" });
    expect(runs.at(-1)?.parameters?.["dataset"]).toMatchObject({
      id: "seed",
      format: "seed",
      version: dataset.seedVersion,
      entities: dataset.entities.length,
    });
    expect(summary).toMatchObject({
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      sources: dataset.sources.length,
    });
  });

  it("marks everything it writes with its dataset and sends no nulls", () => {
    const rows = stampDataset(seedModelRows(dataset), "seed", dataset.seedVersion);
    const all = [...rows.sources, ...rows.entities, ...rows.relationships, ...rows.citations];
    for (const row of all) {
      expect(row.properties["dataset"], row.id).toBe("seed");
      expect(row.properties["datasetVersion"], row.id).toBe(dataset.seedVersion);
      expect(containsNull(row.properties), row.id).toBe(false);
    }
    const aisino = rows.entities.find((row) => row.id === "aisino");
    expect(aisino?.properties["searchText"]).toContain("航天信息");
    // Its stock code on the Shanghai exchange is a strong identifier: a key to join on.
    expect(aisino?.properties["identityKeys"]).toEqual(["TICKER:XSHG:600271"]);
  });

  it("fails, so the transaction rolls back, when the database drops a row", async () => {
    const { tx } = recordingTransaction((rows) => Math.max(0, rows.length - 1));
    await expect(writeSeed(tx, dataset)).rejects.toBeInstanceOf(DatasetWriteError);
  });
});

describe("the ingest seam, with the seed as its first importer", () => {
  function memoryWriter(version: string | null): DatasetWriter & { written: string[] } {
    const written: string[] = [];
    return {
      written,
      currentVersion: () => Promise.resolve(version),
      write: (descriptor, rows) => {
        written.push(descriptor.id);
        return Promise.resolve({
          sources: rows.sources.length,
          entities: rows.entities.length,
          relationships: rows.relationships.length,
          citations: rows.citations.length,
        });
      },
    };
  }

  it("reads, validates and maps the seed, then writes it when the database holds another version", async () => {
    const writer = memoryWriter("an older version");
    const outcome = await runImport(seedImporter, undefined, writer);
    expect(outcome.dataset).toMatchObject({
      id: "seed",
      format: "seed",
      version: dataset.seedVersion,
    });
    expect(outcome.dataset.files.map((file) => file.name).sort()).toEqual([
      "entities.json",
      "manifest.json",
      "relationships.json",
      "sources.json",
    ]);
    for (const file of outcome.dataset.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.written?.entities).toBe(dataset.entities.length);
    expect(writer.written).toEqual(["seed"]);
  });

  it("writes nothing when the database already holds this version", async () => {
    const writer = memoryWriter(dataset.seedVersion);
    const outcome = await runImport(seedImporter, undefined, writer);
    expect(outcome.written).toBeNull();
    expect(writer.written).toEqual([]);
  });
});

describe("the seed's Cypher", () => {
  it("sets labels and types from parameters, never from query text", () => {
    // Any registry type is written without a change to the query: the type comes from the row.
    expect(cypher("merge-entities")).toContain("SET e:$(row.type)");
    expect(cypher("merge-entities")).toContain("REMOVE e:$($entityTypes)");
    expect(cypher("merge-relationships")).toContain(
      "MERGE (a)-[r:$(row.type) { id: row.id }]->(b)",
    );
  });

  it("is documented: docs/model.md names every type", () => {
    const model = readFileSync(new URL("../../docs/model.md", import.meta.url), "utf8");
    for (const type of [...ENTITY_TYPES, ...RELATIONSHIP_TYPES, "SOURCED_FROM"])
      expect(model).toContain(`\`${type}\``);
  });
});
