import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import { summariseChain } from "../../domain/ownership";
import { todayUtc } from "../../domain/time";
import { SEED_DATASET_ID, readSeedDirectory, type SeedDataset } from "../../graph-seed";
import { readChain, type ChainReadFilters } from "../../server/explorer/chain-read";
import type { ExplorerDatabase } from "../../server/explorer/explorer-read";
import { writeSeed } from "../support/write-seed";
import { openTestDriver, testDatabase } from "../support/neo4j";

let driver: Driver;
let dataset: SeedDataset;
let versionFromSetup: unknown;

/** The chains as the explorer reads them today, every dataset shown. */
const TODAY: ChainReadFilters = { hiddenDatasets: [], days: [todayUtc()] };

function database(): ExplorerDatabase {
  return { driver, database: testDatabase() };
}

async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params, { database: testDatabase() });
  return records;
}

beforeAll(async () => {
  driver = openTestDriver();
  dataset = await readSeedDirectory();
  const records = await read(cypher("get-dataset-version"), { id: SEED_DATASET_ID });
  versionFromSetup = records[0]?.get("version");
  // Idempotent: makes these tests independent of the order files run in.
  const session = driver.session({ database: testDatabase() });
  try {
    await session.executeWrite((tx) => writeSeed(tx, dataset));
  } finally {
    await session.close();
  }
});
afterAll(() => driver.close());

describe("the seed in the real Neo4j", () => {
  it("was loaded by the global setup, at the current seedVersion", () => {
    expect(versionFromSetup).toBe(dataset.seedVersion);
  });

  it.each([
    "echannel-contract-hzmb-hong-kong-port",
    "echannel-contract-west-kowloon-station",
    "echannel-contract-liantang-heung-yuen-wai",
    "hzmb-hong-kong-port",
    "west-kowloon-station",
    "liantang-heung-yuen-wai",
  ])("chains up from %s to the State Council", async (id) => {
    const chain = await readChain(database(), "up", id, TODAY, 1000);
    const members = chain.graph.nodes.map((node) => node.key);
    expect(members).toContain("aisino");
    expect(members).toContain("casic");
    const ends = summariseChain(chain.graph, id, "up").ends.map((end) => end.key);
    expect(ends).toContain("state-council");
    // It awarded the contracts: a client, neither owner nor controller.
    expect(ends).not.toContain("hk-immigration-department");
  });

  it("finds the checkpoints below the State Council", async () => {
    const chain = await readChain(database(), "down", "state-council", TODAY, 1000);
    const ends = summariseChain(chain.graph, "state-council", "down").ends.map((end) => end.key);
    for (const place of [
      "hzmb-hong-kong-port",
      "west-kowloon-station",
      "liantang-heung-yuen-wai",
    ]) {
      expect(ends).toContain(place);
    }
  });

  it("cites at least one defined source on every relationship", async () => {
    const records = await read(`
      MATCH ()-[r]->() WHERE r.dataset = 'seed' AND type(r) <> 'SOURCED_FROM'
      WITH r, coalesce(r.sourceIds, []) AS cited
      OPTIONAL MATCH (s:Source) WHERE s.id IN cited
      WITH r, cited, count(DISTINCT s.id) AS defined
      UNWIND (CASE WHEN cited = [] THEN [null] ELSE cited END) AS sourceId
      WITH r, cited, defined, count(DISTINCT sourceId) AS distinct
      RETURN r.id AS id, size(cited) AS cited, size(coalesce(r.quotes, [])) AS quotes,
        size(coalesce(r.quoteKinds, [])) AS kinds, defined, distinct`);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const id = String(record.get("id"));
      const cited = Number(record.get("cited"));
      expect(cited, id).toBeGreaterThan(0);
      expect(Number(record.get("quotes")), id).toBe(cited);
      expect(Number(record.get("kinds")), id).toBe(cited);
      expect(Number(record.get("defined")), id).toBe(Number(record.get("distinct")));
    }
  });

  it("links every seeded entity to a source", async () => {
    const records = await read(`
      MATCH (e:Entity) WHERE e.dataset = 'seed' AND NOT EXISTS { (e)-[:SOURCED_FROM]->(:Source) }
      RETURN e.id AS id`);
    expect(records.map((record) => record.get("id"))).toEqual([]);
  });

  it.each(["航天信息", "航天信息股份有限公司", "600271", "aisino"])(
    "finds Aisino by full-text search for %s",
    async (text) => {
      const records = await read(
        "CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node RETURN node.id AS id LIMIT 5",
        { text },
      );
      expect(records.map((record) => record.get("id"))).toContain("aisino");
    },
  );

  it("invents no share: CASIC → Aisino has none", async () => {
    const records = await read(`
      MATCH (:Entity {id: 'casic'})-[r:OWNS]->(:Entity {id: 'aisino'})
      RETURN r.shareExact AS exact, r.shareMin AS min, r.shareMax AS max, r.firmness AS firmness`);
    expect(records).toHaveLength(1);
    expect(records[0]?.toObject()).toEqual({
      exact: null,
      min: null,
      max: null,
      firmness: "uncertain",
    });
  });

  it("shows the unnamed Hong Kong subsidiary with a caption and no name", async () => {
    const records = await read(
      "MATCH (e:Entity:Company {id: 'aisino-hong-kong-subsidiary'}) RETURN e.name AS name, e.caption AS caption",
    );
    expect(records[0]?.toObject()).toEqual({
      name: null,
      caption: "Aisino’s Hong Kong subsidiary (name unknown)",
    });
  });
});
