// The FollowTheMoney fixtures (tests/fixtures/ftm/ATTRIBUTION.md) imported through the real
// runner into the real Neo4j: counts, shares, provenance and identifiers read back from the
// database and checked against the file; the same file twice changes nothing; bad input is
// rejected with nothing written.
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError } from "../../domain/ingest";
import { listDatasets } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { removeImportedDatasets } from "../support/imported-datasets";
import { openTestDriver, testDatabase } from "../support/neo4j";

const DATASET = "ftm-zala";
const fixture = fileURLToPath(new URL("../fixtures/ftm/zala-entities.ftm.json", import.meta.url));
const lines = readFileSync(fixture, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map(
    (line) =>
      JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> },
  );
const ofSchema = (schema: string) => lines.filter((line) => line.schema === schema);

let driver: Driver;
let folder: string;

beforeAll(async () => {
  driver = openTestDriver();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-ftm-"));
});
afterAll(async () => {
  await removeImportedDatasets(driver, (id) => id.startsWith("ftm-"));
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

async function importZala() {
  // No format named: the runner detects FtM from the first line.
  return runDatasetImport(driver, testDatabase(), {
    files: [await localImportFile(fixture)],
    datasetId: DATASET,
  });
}

async function query(text: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(
    text,
    { dataset: DATASET, ...params },
    { database: testDatabase() },
  );
  return records.map((record) => record.toObject());
}

describe("importing OpenSanctions FtM into Neo4j", () => {
  it("writes every mapped entity and link of the file, found by format detection", async () => {
    const outcome = await importZala();
    expect(outcome.status).toBe("written");
    expect(outcome.dataset.format).toBe("ftm");
    const labels = await query(
      `MATCH (n:Entity { dataset: $dataset }) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity'
       RETURN label, count(*) AS count ORDER BY label`,
    );
    const authorities = new Set(
      ofSchema("Sanction").flatMap((line) => line.properties["authority"] ?? []),
    );
    expect(Object.fromEntries(labels.map((row) => [row["label"], Number(row["count"])]))).toEqual({
      Company: ofSchema("Company").length,
      Person: ofSchema("Person").length,
      Place: ofSchema("Address").length,
      PublicBody: authorities.size,
    });
    const links = await query(
      `MATCH ()-[r { dataset: $dataset }]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`,
    );
    const sanctionLinks = ofSchema("Sanction").reduce(
      (sum, l) => sum + (l.properties["authority"] ?? []).length,
      0,
    );
    const entities =
      ofSchema("Company").length + ofSchema("Person").length + ofSchema("Address").length;
    expect(Object.fromEntries(links.map((row) => [row["type"], Number(row["count"])]))).toEqual({
      LISTS: sanctionLinks,
      OFFICER_OF: ofSchema("Directorship").length,
      OWNS: ofSchema("Ownership").length,
      SOURCED_FROM: entities + authorities.size,
    });
  });

  it("stores Zakharov's 51 % of LLC CST with its source record's provenance", async () => {
    const [row] = await query(
      `MATCH (owner:Person { id: $owner })-[r:OWNS { id: $link }]->(asset:Company { id: $asset })
       MATCH (source:Source { id: r.sourceIds[0] })
       RETURN r.shareExact AS share, r.sharesCount AS shares, r.startDate AS start, r.firmness AS firmness,
              source.locator AS locator, source.publishedIn AS publishedIn, source.firstSeen AS firstSeen,
              source.kind AS kind, asset.name AS assetName`,
      {
        owner: `${DATASET}:NK-aU5ybkbRFJucf8YMwsJvDw`,
        asset: `${DATASET}:NK-abdzbEBkqyT29GyREbiURZ`,
        link: `${DATASET}:ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7`,
      },
    );
    expect(row).toEqual({
      share: 51,
      shares: 6624.16,
      start: "2015-11-25",
      firmness: "reported",
      locator: "ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7",
      publishedIn: ["ext_ru_egrul"],
      firstSeen: "2025-12-30T14:29:03",
      kind: "datasetRecord",
      assetName: "LLC CST",
    });
  });

  it("makes identifiers searchable as SCHEME:value", async () => {
    const [row] = await query(
      `MATCH (c:Company { dataset: $dataset }) WHERE 'RU-INN:1841015504' IN c.identifiers
       RETURN c.caption AS caption, c.searchText CONTAINS 'RU-OGRN:1101841007938' AS searchable`,
    );
    expect(row).toEqual({ caption: "LLC CST", searchable: true });
  });

  it("changes nothing when the same file comes again", async () => {
    const before = await query(`MATCH (n { dataset: $dataset }) RETURN count(n) AS nodes`);
    const again = await importZala();
    expect(again.status).toBe("unchanged");
    expect(await query(`MATCH (n { dataset: $dataset }) RETURN count(n) AS nodes`)).toEqual(before);
  });

  it('rejects a share written as "51%" and a date that does not exist, writing nothing', async () => {
    const file = path.join(folder, "bad.ftm.json");
    const entity = (id: string, schema: string, properties: Record<string, string[]>) =>
      JSON.stringify({ id, schema, properties });
    await writeFile(
      file,
      [
        entity("a", "Company", { name: ["A"] }),
        entity("p", "Person", { name: ["P"] }),
        entity("o", "Ownership", {
          owner: ["p"],
          asset: ["a"],
          percentage: ["51%"],
          startDate: ["2019-02-30"],
        }),
      ].join("\n"),
    );
    const failure = await runDatasetImport(driver, testDatabase(), {
      files: [await localImportFile(file)],
      format: "ftm",
      datasetId: "ftm-bad",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportRejectedError);
    const report = (failure as ImportRejectedError).report;
    expect(report.errors.map((problem) => [problem.code, problem.file, problem.at])).toEqual([
      ["bad-date", "bad.ftm.json", "line 3"],
      ["bad-share", "bad.ftm.json", "line 3"],
    ]);
    const [written] = await query(`MATCH (n { dataset: 'ftm-bad' }) RETURN count(n) AS nodes`);
    expect(Number(written?.["nodes"])).toBe(0);
    const datasets = await listDatasets(driver, testDatabase());
    expect(datasets.map((dataset) => dataset.id)).not.toContain("ftm-bad");
  });
});
