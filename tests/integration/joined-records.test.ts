import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ChainResponse,
  EntityDetailsResponse,
  PathResponse,
  SearchResponse,
} from "../../domain/wire/explorer-api-types";
import { removeDataset } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { getApi } from "../support/explorer-api";
import { removeImportedDatasets } from "../support/imported-datasets";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

// GLEIF's golden-copy records of 2023-11-06 and Open Ownership's BODS rendering of the same
// records, imported as two datasets, are joined on their LEIs (and GLEIF registration-authority
// numbers): one entity in search, chains and paths, and the panel names both records.
const GLEIF = "join-gleif";
const BODS = "join-bods";
const fixture = (name: string) =>
  localImportFile(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));

// The SMART pension fund is managed by VÚB Generali, which VÚB bank directly consolidates.
const FUND_LEI = "097900BEJX0000002337";
const MANAGER_LEI = "097900BHF50000076475";
const BANK_LEI = "549300JB1P61FUTPEZ75";
const FUND_BODS = `${BODS}:8a8e8ee2-5bb4-7582-9b79-d531b6b59c12`;
const MANAGER_BODS = `${BODS}:1865157c-c635-bb1b-cebf-9edcf88c7938`;
const BANK_BODS = `${BODS}:eca994a4-c50a-62b4-1308-9077410ee7b2`;
const gleifId = (lei: string) => `${GLEIF}:${lei}`;

let server: TestServer;

async function importGleif(files: string[]) {
  return runDatasetImport(server.driver, testDatabase(), {
    files: await Promise.all(files.map((name) => fixture(`gleif/2023-11/${name}`))),
    format: "gleif",
    datasetId: GLEIF,
  });
}

async function importBods() {
  return runDatasetImport(server.driver, testDatabase(), {
    files: await Promise.all(
      ["lei-updates-data2-out.json", "rr-updates-data2-out.json"].map((name) =>
        fixture(`bods/from-gleif/${name}`),
      ),
    ),
    format: "bods",
    datasetId: BODS,
  });
}

/** Every SAME_AS in the database as "a = b [keys] (dataset)", sorted. */
async function joins(): Promise<string[]> {
  const { records } = await server.driver.executeQuery(
    `MATCH (a:Entity)-[join:SAME_AS]->(b:Entity)
     RETURN a.id + ' = ' + b.id + ' [' + reduce(text = '', key IN join.joinedOn |
       text + CASE WHEN text = '' THEN '' ELSE ', ' END + key) + '] (' + join.dataset + ')' AS line`,
    {},
    { database: testDatabase() },
  );
  return records.map((record) => String(record.get("line"))).sort();
}

beforeAll(async () => {
  server = await startTestServer();
  // GLEIF's LEI records only: the links up come from the BODS dataset alone.
  await importGleif(["lei-updates-data2.xml"]);
  await importBods();
});
afterAll(async () => {
  await removeImportedDatasets(server.driver);
  await server.close();
});

describe("records of two datasets joined on a strong identifier", () => {
  it("links each GLEIF record to its BODS statement, once, on the LEI and the register number", async () => {
    const lines = await joins();
    expect(lines).toHaveLength(12);
    expect(lines).toContain(
      `${MANAGER_BODS} = ${gleifId(MANAGER_LEI)} [LEI:${MANAGER_LEI}, REG:RA000526:35903058] (${BODS})`,
    );
    expect(lines.every((line) => line.startsWith(`${BODS}:`))).toBe(true);
  });

  it("search finds one hit for the two records, naming the other", async () => {
    const { body } = await getApi<SearchResponse>(server, `/api/search?q=${MANAGER_LEI}`);
    expect(body.hits).toHaveLength(1);
    const [hit] = body.hits;
    expect([hit?.id, ...(hit?.joinedIds ?? [])].sort()).toEqual(
      [MANAGER_BODS, gleifId(MANAGER_LEI)].sort(),
    );
    const byName = await getApi<SearchResponse>(server, "/api/search?q=Všeobecná úverová banka");
    expect(byName.body.hits.map((found) => found.id)).toHaveLength(1);
  });

  it("the chain up from a GLEIF record crosses into the BODS dataset's links, with no extra step", async () => {
    const url = `/api/entities/${encodeURIComponent(gleifId(FUND_LEI))}/chain-up`;
    const { status, body } = await getApi<ChainResponse>(server, url);
    expect(status).toBe(200);
    expect(body.problem).toBeNull();
    const bank = [BANK_BODS, gleifId(BANK_LEI)].sort()[0];
    const manager = [MANAGER_BODS, gleifId(MANAGER_LEI)].sort()[0];
    expect(body.ends.map((end) => end.key)).toEqual([bank]);
    expect(body.ends[0]?.reach).toBe("control");
    expect(body.ends[0]?.paths[0]?.nodeKeys).toEqual([bank, manager, gleifId(FUND_LEI)]);
    const groups = body.joinedRecords.map((group) => [...group.memberKeys].sort());
    expect(groups).toEqual(
      expect.arrayContaining([
        [FUND_BODS, gleifId(FUND_LEI)].sort(),
        [MANAGER_BODS, gleifId(MANAGER_LEI)].sort(),
        [BANK_BODS, gleifId(BANK_LEI)].sort(),
      ]),
    );
    expect(body.joinedRecords.find((group) => group.memberKeys.includes(FUND_BODS))?.key).toBe(
      gleifId(FUND_LEI),
    );
    // The records of both datasets are drawn, with the SAME_AS links between them.
    const types = new Set(body.graph.edges.map((edge) => edge.attributes.type));
    expect([...types].sort()).toEqual(["CONTROLS", "SAME_AS"]);
  });

  it("a path crosses from one dataset's records to the other's", async () => {
    const from = encodeURIComponent(gleifId(FUND_LEI));
    const to = encodeURIComponent(gleifId(BANK_LEI));
    const { body } = await getApi<PathResponse>(server, `/api/path?from=${from}&to=${to}`);
    expect(body.found).toBe(true);
    const idOf = new Map(
      body.graph.nodes.map((node) => [node.key, node.attributes.properties["id"]]),
    );
    const ids = body.nodeKeys.map((key) => idOf.get(key));
    expect(ids[0]).toBe(gleifId(FUND_LEI));
    expect(ids.at(-1)).toBe(gleifId(BANK_LEI));
    expect(ids).toEqual(expect.arrayContaining([FUND_BODS]));
    const types = body.edgeKeys.map(
      (key) => body.graph.edges.find((edge) => edge.key === key)?.attributes.type,
    );
    expect(types).toContain("SAME_AS");
    expect(types).toContain("CONTROLS");
  });

  it("the entity panel lists the joined record, its dataset and the identifiers", async () => {
    const url = `/api/entities/${encodeURIComponent(gleifId(MANAGER_LEI))}`;
    const { body } = await getApi<EntityDetailsResponse>(server, url);
    expect(body.joinedRecords).toEqual([
      {
        id: MANAGER_BODS,
        caption: "VÚB Generali dôchodková správcovská spoločnosť, a.s.",
        dataset: BODS,
        joinedOn: [`LEI:${MANAGER_LEI}`, "REG:RA000526:35903058"],
      },
    ]);
    expect(body.relationshipCounts["SAME_AS"]).toBe(1);
  });

  it("counts a link both datasets state once, and keeps the joins through re-imports and removals", async () => {
    // GLEIF's relationship records now state the same links as the BODS statements.
    expect((await importGleif(["lei-updates-data2.xml", "rr-updates-data2.xml"])).status).toBe(
      "written",
    );
    const after = await joins();
    expect(after).toHaveLength(12);
    expect(after.every((line) => line.endsWith(`(${GLEIF})`))).toBe(true);
    const url = `/api/entities/${encodeURIComponent(gleifId(FUND_LEI))}/chain-up`;
    const { body } = await getApi<ChainResponse>(server, url);
    const bank = [BANK_BODS, gleifId(BANK_LEI)].sort()[0];
    expect(body.ends.map((end) => end.key)).toEqual([bank]);
    expect(body.sameClaimEdgeKeys.length).toBeGreaterThan(0);
    expect(body.ends[0]?.pathCount).toBe(1);

    expect((await importBods()).status).toBe("unchanged");
    expect(await joins()).toEqual(after);

    await removeDataset(server.driver, testDatabase(), BODS);
    expect(await joins()).toEqual([]);
    const alone = await getApi<SearchResponse>(server, `/api/search?q=${MANAGER_LEI}`);
    expect(alone.body.hits.map((hit) => [hit.id, hit.joinedIds])).toEqual([
      [gleifId(MANAGER_LEI), []],
    ]);
    await importBods();
    expect(await joins()).toHaveLength(12);
  });
});
