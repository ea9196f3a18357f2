import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import {
  SEED_DATA_DIRECTORY,
  SEED_DATASET_ID,
  SeedValidationError,
  readSeedDirectory,
  readSeedFiles,
  validateSeed,
  type SeedDataset,
} from "../../graph-seed";
import { writeSeed } from "../support/write-seed";
import { openTestDriver, testDatabase } from "../support/neo4j";

let driver: Driver;
let dataset: SeedDataset;

async function load(
  build: () => SeedDataset | Promise<SeedDataset>,
  after?: () => void,
): Promise<void> {
  const session = driver.session({ database: testDatabase() });
  try {
    await session.executeWrite(async (tx) => {
      await writeSeed(tx, await build());
      after?.();
    });
  } finally {
    await session.close();
  }
}

/** Nodes by label set and relationships by type: a fingerprint of the whole database. */
async function counts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `MATCH (n) RETURN 'nodes' AS key, count(n) AS count
     UNION ALL
     MATCH (n) UNWIND labels(n) AS label RETURN 'label:' + label AS key, count(*) AS count
     UNION ALL
     MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS count`,
    {},
    { database: testDatabase() },
  );
  return Object.fromEntries(
    records.map((record) => [String(record.get("key")), Number(record.get("count"))]),
  );
}

async function seedVersion(): Promise<unknown> {
  const { records } = await driver.executeQuery(
    cypher("get-dataset-version"),
    { id: SEED_DATASET_ID },
    { database: testDatabase() },
  );
  return records[0]?.get("version");
}

beforeAll(async () => {
  driver = openTestDriver();
  dataset = await readSeedDirectory();
  await load(() => dataset);
});
afterAll(() => driver.close());

describe("loading the seed", () => {
  it("twice gives the same node and relationship counts, matching the data files", async () => {
    const before = await counts();
    await load(() => dataset);
    await load(() => dataset);
    expect(await counts()).toEqual(before);
    const { records } = await driver.executeQuery(
      `CALL { MATCH (e:Entity {dataset: 'seed'}) RETURN count(e) AS entities }
       CALL { MATCH (s:Source {dataset: 'seed'}) RETURN count(s) AS sources }
       CALL { MATCH ()-[r {dataset: 'seed'}]->() WHERE type(r) <> 'SOURCED_FROM' RETURN count(r) AS relationships }
       CALL { MATCH ()-[r:SOURCED_FROM {dataset: 'seed'}]->() RETURN count(r) AS citations }
       RETURN entities, sources, relationships, citations`,
      {},
      { database: testDatabase() },
    );
    const record = records[0]?.toObject() ?? {};
    const loaded = Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, Number(value)]),
    );
    expect(loaded).toEqual({
      entities: dataset.entities.length,
      sources: dataset.sources.length,
      relationships: dataset.relationships.length,
      citations: dataset.entities.reduce((sum, entity) => sum + entity.citations.length, 0),
    });
  });

  it("a broken seed (dangling reference) writes nothing", async () => {
    const before = await counts();
    const files = await readSeedFiles(SEED_DATA_DIRECTORY);
    const relationships = files.relationships as Record<string, unknown>[];
    relationships.push({ ...relationships[0], id: "broken-dangling", to: "no-such-entity" });
    await expect(load(() => validateSeed(files))).rejects.toBeInstanceOf(SeedValidationError);
    expect(await counts()).toEqual(before);
    expect(await seedVersion()).toBe(dataset.seedVersion);
  });

  it("a failure after writing rolls the whole load back (one transaction)", async () => {
    const before = await counts();
    const files = await readSeedFiles(SEED_DATA_DIRECTORY);
    (files.manifest as Record<string, unknown>)["seedVersion"] = "rollback-test";
    const entities = files.entities as Record<string, unknown>[];
    entities.push({ ...entities[0], id: "rollback-test-entity" });
    const changed = validateSeed(files);
    const failure = new Error("simulated failure after the writer ran");
    await expect(
      load(
        () => changed,
        () => {
          throw failure;
        },
      ),
    ).rejects.toBe(failure);
    expect(await counts()).toEqual(before);
    expect(await seedVersion()).toBe(dataset.seedVersion);
    const { records } = await driver.executeQuery(
      "MATCH (e:Entity {id: 'rollback-test-entity'}) RETURN e",
      {},
      { database: testDatabase() },
    );
    expect(records).toHaveLength(0);
  });

  it("keeps data users added, even when it points at a seeded entity", async () => {
    const run = (query: string) => driver.executeQuery(query, {}, { database: testDatabase() });
    await run(`
      MATCH (aisino:Entity {id: 'aisino'})
      CREATE (u:Entity:Company {id: 'user-added-test-company', name: 'User Co', caption: 'User Co'})
      CREATE (u)-[:OWNS {id: 'user-added-test-owns'}]->(aisino)`);
    try {
      await load(() => dataset);
      const { records } = await run(`
        MATCH (:Entity {id: 'user-added-test-company'})-[r:OWNS {id: 'user-added-test-owns'}]->(:Entity {id: 'aisino'})
        RETURN count(r) AS kept`);
      expect(Number(records[0]?.get("kept"))).toBe(1);
    } finally {
      await run("MATCH (u:Entity {id: 'user-added-test-company'}) DETACH DELETE u");
    }
  });

  it("replaces what a seed wrote before datasets existed (marked seeded: true)", async () => {
    const run = (query: string) => driver.executeQuery(query, {}, { database: testDatabase() });
    await run(`
      MATCH (casic:Entity {id: 'casic'}), (aisino:Entity {id: 'aisino'})
      CREATE (old:Entity:Company {id: 'legacy-seed-company', caption: 'Old', seeded: true})
      CREATE (casic)-[:OWNS {id: 'legacy-seed-owns', seeded: true}]->(aisino)`);
    await load(() => dataset);
    const { records } = await run(`
      OPTIONAL MATCH (old:Entity {id: 'legacy-seed-company'})
      OPTIONAL MATCH ()-[r {id: 'legacy-seed-owns'}]->()
      RETURN count(old) AS nodes, count(r) AS relationships`);
    expect(Number(records[0]?.get("nodes"))).toBe(0);
    expect(Number(records[0]?.get("relationships"))).toBe(0);
  });
});
