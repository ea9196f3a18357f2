// `ownergraph import --bulk` against the real neo4j-admin and the real embedded Neo4j: a
// generated BODS register (500 entities) and the Finnish state-owned-enterprise
// package (tests/fixtures/bods/ATTRIBUTION.md) loaded as one dataset online into the shared test
// database and by the bulk path into a store of its own; both hold the same nodes (labels, every
// property with its Neo4j type) and the same relationships (type, ends, every property). The bulk
// path refuses a running store and a store that holds a graph, and a rejected file writes nothing.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError, type ImportFile } from "../../domain/ingest";
import { syntheticBodsJsonLines } from "../../domain/synthetic/synthetic-bods";
import { BulkImportError } from "../../server/ingest/bulk/bulk-store";
import { runBulkImport, type BulkImportResult } from "../../server/ingest/bulk/run-bulk-import";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { loadConfig } from "../../server/config";
import { findFreePort } from "../../server/neo4j/free-port";
import { removeImportedDatasets } from "../support/imported-datasets";
import { openTestDriver, testDatabase } from "../support/neo4j";

const DATASET = "bulk-check";
// Enough for every path of the bulk writer: a CSV file past its 256 KB flush, a file per header
// (19 of them), several write batches of the online import, history and undisclosed owners.
const GENERATED_ENTITIES = 500;
const fixture = fileURLToPath(
  new URL("../fixtures/bods/0.4/bods-package-fi-soe.json", import.meta.url),
);

let folder: string;
let files: ImportFile[];
let shared: Driver;
let bulk: BulkImportResult | null = null;

async function embeddedConfig(dataDir: string) {
  return {
    ...loadConfig({}),
    neo4j: {
      kind: "embedded" as const,
      dataDir,
      boltPort: await findFreePort(),
      heap: "384m",
      pageCache: "32m",
      password: "bulk-import-test-password",
    },
  };
}

/** A property's Neo4j type and value, comparable across databases. */
type Typed = [type: string, value: string];

interface Stored {
  nodes: Map<string, { labels: string[]; properties: Record<string, Typed> }>;
  relationships: Map<string, { shape: string; properties: Record<string, Typed> }>;
}

const IS_LIST = "valueType(x[k]) STARTS WITH 'LIST'";
const TYPED_PROPERTIES =
  `[k IN keys(x) | [k, valueType(x[k]), CASE WHEN ${IS_LIST} THEN null ELSE toString(x[k]) END, ` +
  `CASE WHEN ${IS_LIST} THEN x[k] ELSE null END]]`;

function typedOf(rows: unknown): Record<string, Typed> {
  const properties: Record<string, Typed> = {};
  for (const [name, type, text, list] of rows as [string, string, string | null, unknown][]) {
    properties[name] = [type, list === null ? String(text) : JSON.stringify(list)];
  }
  return properties;
}

/** Everything the dataset wrote (and its record), read with the type Neo4j stores. */
async function storedDataset(driver: Driver, database: string | undefined): Promise<Stored> {
  const properties = TYPED_PROPERTIES;
  const nodes: Stored["nodes"] = new Map();
  const nodeRows = await driver.executeQuery(
    `MATCH (x) WHERE x.dataset = $dataset OR (x:Dataset AND x.id = $dataset)
     RETURN x.id AS id, labels(x) AS labels, ${properties} AS properties`,
    { dataset: DATASET },
    { database },
  );
  for (const record of nodeRows.records) {
    nodes.set(String(record.get("id")), {
      labels: [...(record.get("labels") as string[])].sort(),
      properties: typedOf(record.get("properties")),
    });
  }
  const relationships: Stored["relationships"] = new Map();
  const relationshipRows = await driver.executeQuery(
    `MATCH (a)-[x]->(b) WHERE x.dataset = $dataset
     RETURN x.id AS id, a.id + ' -' + type(x) + '-> ' + b.id AS shape, ${properties} AS properties`,
    { dataset: DATASET },
    { database },
  );
  for (const record of relationshipRows.records) {
    relationships.set(String(record.get("id")), {
      shape: String(record.get("shape")),
      properties: typedOf(record.get("properties")),
    });
  }
  return { nodes, relationships };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-bulk-"));
  const generated = path.join(folder, "generated.jsonl");
  await writeFile(
    generated,
    [...syntheticBodsJsonLines({ entities: GENERATED_ENTITIES, seed: 14 })].join(""),
  );
  files = [await localImportFile(generated), await localImportFile(fixture)];
  shared = openTestDriver();
}, 60_000);

afterAll(async () => {
  await removeImportedDatasets(shared);
  await shared.close();
  await bulk?.connection?.close();
  await rm(folder, { recursive: true, force: true });
});

describe("ownergraph import --bulk", () => {
  it("loads the same graph as the online import", async () => {
    const online = await runDatasetImport(shared, testDatabase(), {
      files,
      format: "bods",
      datasetId: DATASET,
    });
    expect(online.status).toBe("written");
    bulk = await runBulkImport(await embeddedConfig(path.join(folder, "bulk-store")), {
      files,
      format: "bods",
      datasetId: DATASET,
    });
    expect(bulk.outcome.counts).toEqual(online.counts);
    expect(bulk.outcome.dataset.version).toBe(online.dataset.version);
    const connection = bulk.connection;
    if (connection === null) throw new Error("The bulk import did not open its store.");

    const want = await storedDataset(shared, testDatabase());
    const got = await storedDataset(connection.driver, connection.database);
    expect(want.nodes.size).toBeGreaterThan(GENERATED_ENTITIES);
    expect(want.relationships.size).toBeGreaterThan(GENERATED_ENTITIES);
    // The import's time differs between the two loads; its type must not.
    for (const stored of [want, got]) {
      const record = stored.nodes.get(DATASET)?.properties;
      if (record?.["importedAt"]) record["importedAt"] = [record["importedAt"][0], "(time)"];
    }
    expect(got.nodes.size).toBe(want.nodes.size);
    expect(got.relationships.size).toBe(want.relationships.size);
    for (const [id, node] of want.nodes) expect([id, got.nodes.get(id)]).toEqual([id, node]);
    for (const [id, relationship] of want.relationships) {
      expect([id, got.relationships.get(id)]).toEqual([id, relationship]);
    }
    // The typed columns kept the types the driver gives: numbers are floats, lists of text.
    const types = new Set(
      [...got.relationships.values()].flatMap((r) => Object.values(r.properties).map(([t]) => t)),
    );
    expect(types).toContain("FLOAT NOT NULL");
    expect(types).toContain("LIST<STRING NOT NULL> NOT NULL");
    // The writer's internal properties came along: dataset, version, and the held span.
    const names = new Set(
      [...got.relationships.values()].flatMap((r) => Object.keys(r.properties)),
    );
    for (const name of ["dataset", "datasetVersion", "sourceIds", "heldFrom"]) {
      expect(names).toContain(name);
    }

    // The store was opened as a start opens it: the schema is there and search finds names.
    const { records } = await connection.driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name IN ['entity_id_unique', 'entity_search'] RETURN count(*) AS n",
      {},
      { database: connection.database },
    );
    expect(Number(records[0]?.get("n"))).toBe(2);
  }, 900_000);

  it("refuses a running store, and a stopped store that holds a graph", async () => {
    const connection = bulk?.connection;
    if (!bulk || !connection) throw new Error("The first test did not leave a bulk store.");
    const config = await embeddedConfig(path.join(folder, "bulk-store"));
    const request = { files, format: "bods", datasetId: DATASET };
    await expect(runBulkImport(config, request)).rejects.toThrow(/is running.*Stop it/s);
    await connection.close();
    bulk.connection = null;
    const refused = runBulkImport(config, request);
    await expect(refused).rejects.toBeInstanceOf(BulkImportError);
    await expect(refused).rejects.toThrow(/already holds a graph database.*without --bulk/s);
  }, 120_000);

  it("writes nothing when a file is rejected", async () => {
    const bad = path.join(folder, "bad.json");
    await writeFile(bad, '[{"statementId": "x", "recordType": "entity"');
    const dataDir = path.join(folder, "rejected-store");
    const config = await embeddedConfig(dataDir);
    const request = { files: [await localImportFile(bad)], format: "bods", datasetId: "bad" };
    await expect(runBulkImport(config, request)).rejects.toBeInstanceOf(ImportRejectedError);
    expect(existsSync(path.join(dataDir, "data", "databases", "neo4j"))).toBe(false);
  });

  it("writes nothing when the last file names a record no file holds, after good rows were read", async () => {
    // One reading checks and writes the CSV files: the register's rows are written before the
    // second file's problem is found, and must go with it.
    const dangling = path.join(folder, "dangling.json");
    const statement = (recordId: string, recordType: string, recordDetails: object) => ({
      statementId: `s-${recordId}`,
      statementDate: "2020-01-01",
      recordId,
      recordType,
      recordStatus: "new",
      recordDetails: { isComponent: false, ...recordDetails },
    });
    await writeFile(
      dangling,
      JSON.stringify([
        statement("owned", "entity", { entityType: { type: "registeredEntity" }, name: "Owned" }),
        statement("link", "relationship", {
          subject: "owned",
          interestedParty: "nobody-declared",
          interests: [{ type: "shareholding", directOrIndirect: "direct", share: { exact: 10 } }],
        }),
      ]),
    );
    const dataDir = path.join(folder, "dangling-store");
    const request = {
      files: [files[0]!, await localImportFile(dangling)],
      format: "bods",
      datasetId: "dangling",
    };
    const rejected = runBulkImport(await embeddedConfig(dataDir), request);
    await expect(rejected).rejects.toBeInstanceOf(ImportRejectedError);
    const { report } = (await rejected.catch((error: unknown) => error)) as ImportRejectedError;
    expect(report.errors.map((error) => [error.code, error.file])).toEqual([
      ["dangling-reference", "dangling.json"],
    ]);
    expect(existsSync(path.join(dataDir, "data", "databases", "neo4j"))).toBe(false);
    expect(existsSync(path.join(dataDir, "bulk-import"))).toBe(false);
  });
});
