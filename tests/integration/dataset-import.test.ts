import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError } from "../../domain/ingest";
import { listDatasets, removeDataset } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { removeImportedDatasets } from "../support/imported-datasets";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { tinyImportFormat } from "../support/tiny-import-format";

let driver: Driver;
let folder: string;

beforeAll(async () => {
  driver = openTestDriver();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-import-"));
});
afterEach(async () => {
  await removeImportedDatasets(driver);
});
afterAll(async () => {
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

async function fileOf(name: string, items: unknown[]) {
  const file = path.join(folder, name);
  await writeFile(file, JSON.stringify(items));
  return localImportFile(file);
}

async function importTiny(datasetId: string, name: string, items: unknown[]) {
  return runDatasetImport(driver, testDatabase(), {
    files: [await fileOf(name, items)],
    format: tinyImportFormat,
    datasetId,
  });
}

/** Every node and relationship a dataset wrote, as sorted "label id" / "type from→to" lines. */
async function contentOf(datasetId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n { dataset: $dataset })
     RETURN labels(n)[0] + ' ' + n.id + coalesce(' ' + n.name, '') AS line
     UNION ALL
     MATCH (a)-[r { dataset: $dataset }]->(b)
     RETURN type(r) + ' ' + a.id + '→' + b.id + coalesce(' ' + toString(r.shareExact), '') AS line`,
    { dataset: datasetId },
    { database: testDatabase() },
  );
  return records.map((record) => String(record.get("line"))).sort();
}

const GOOD = [
  { owner: "k", owned: "m", share: 60, citing: "register" },
  { entity: "m", name: "M Ltd" },
  { source: "register", url: "https://example.org/register" },
  { entity: "k", name: "K Holdings" },
];

describe("importing a dataset", () => {
  it("writes the rows under scoped ids, links pointing forward included, and records the dataset", async () => {
    const outcome = await importTiny("tiny-one", "one.json", GOOD);
    expect(outcome.status).toBe("written");
    expect(outcome.counts).toEqual({ sources: 1, entities: 2, relationships: 1, citations: 0 });
    expect(await contentOf("tiny-one")).toEqual([
      "Entity tiny-one:k K Holdings",
      "Entity tiny-one:m M Ltd",
      "OWNS tiny-one:k→tiny-one:m 60.0",
      "Source tiny-one:register",
    ]);
    const [record] = (await listDatasets(driver, testDatabase())).filter(
      (dataset) => dataset.id === "tiny-one",
    );
    expect(record).toMatchObject({
      id: "tiny-one",
      format: "tiny",
      fileNames: ["one.json"],
      entities: 2,
      relationships: 1,
    });
    expect(record?.fileChecksums[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes nothing when the same file comes again", async () => {
    await importTiny("tiny-same", "same.json", GOOD);
    const before = await contentOf("tiny-same");
    const again = await importTiny("tiny-same", "same.json", GOOD);
    expect(again.status).toBe("unchanged");
    expect(await contentOf("tiny-same")).toEqual(before);
  });

  it("replaces what an older version wrote, and leaves other datasets alone", async () => {
    await importTiny("tiny-other", "other.json", GOOD);
    await importTiny("tiny-versions", "v1.json", GOOD);
    const next = [
      { entity: "k", name: "K Holdings" },
      { entity: "n", name: "N GmbH" },
      { source: "register" },
      { owner: "k", owned: "n", share: 25, citing: "register" },
    ];
    await importTiny("tiny-versions", "v2.json", next);
    expect(await contentOf("tiny-versions")).toEqual([
      "Entity tiny-versions:k K Holdings",
      "Entity tiny-versions:n N GmbH",
      "OWNS tiny-versions:k→tiny-versions:n 25.0",
      "Source tiny-versions:register",
    ]);
    expect(await contentOf("tiny-other")).toHaveLength(4);
  });

  it("rejects bad rows with what, where and how to fix, and writes nothing", async () => {
    const bad = [
      { entity: "k", name: "K" },
      { entity: "m", name: "<script>alert(1)</script>" },
      { source: "register" },
      { owner: "k", owned: "m", share: 150, citing: "register" },
      { owner: "k", owned: "ghost", share: 10, citing: "register" },
      { entity: "k", name: "K again" },
    ];
    const failure = await importTiny("tiny-bad", "bad.json", bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportRejectedError);
    const report = (failure as ImportRejectedError).report;
    expect(report.errors.map((problem) => [problem.code, problem.at])).toEqual([
      ["bad-value", "item 3"],
      ["duplicate-id", "item 5"],
      ["dangling-reference", "item 4"],
    ]);
    expect(report.errors[0]?.message).toContain("from 0 to 100");
    expect(report.errors[2]?.message).toContain('"tiny-bad:ghost"');
    expect(await contentOf("tiny-bad")).toEqual([]);
    expect((await listDatasets(driver, testDatabase())).map((dataset) => dataset.id)).not.toContain(
      "tiny-bad",
    );
  });

  it("rolls back everything when the write fails half-way, keeping the previous version", async () => {
    await importTiny("tiny-rollback", "v1.json", GOOD);
    const before = await contentOf("tiny-rollback");
    let reads = 0;
    const failing = {
      ...tinyImportFormat,
      async *rows(...args: Parameters<typeof tinyImportFormat.rows>) {
        reads++;
        let batches = 0;
        for await (const rows of tinyImportFormat.rows(...args)) {
          yield rows;
          // The second reading (the write) dies after its first batch is written.
          if (reads === 2 && ++batches === 1) throw new Error("the disk went away");
        }
      },
    };
    const next = [...GOOD.slice(0, 3), { entity: "k", name: "K renamed" }];
    await expect(
      runDatasetImport(driver, testDatabase(), {
        files: [await fileOf("v2.json", next)],
        format: failing,
        datasetId: "tiny-rollback",
      }),
    ).rejects.toThrow("the disk went away");
    expect(await contentOf("tiny-rollback")).toEqual(before);
  });

  it("checks without writing on a dry run, and removes a dataset with all it wrote", async () => {
    const checked = await runDatasetImport(driver, testDatabase(), {
      files: [await fileOf("dry.json", GOOD)],
      format: tinyImportFormat,
      datasetId: "tiny-dry",
      dryRun: true,
    });
    expect(checked.status).toBe("checked");
    expect(checked.counts.entities).toBe(2);
    expect(await contentOf("tiny-dry")).toEqual([]);
    await importTiny("tiny-gone", "gone.json", GOOD);
    expect(await removeDataset(driver, testDatabase(), "tiny-gone")).toEqual({
      relationships: 1,
      nodes: 3,
    });
    expect(await contentOf("tiny-gone")).toEqual([]);
    await expect(removeDataset(driver, testDatabase(), "seed")).rejects.toThrow(/every start/);
    await expect(removeDataset(driver, testDatabase(), "tiny-gone")).rejects.toThrow(/no dataset/);
  });
});
