import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetSummary } from "../../domain/wire/dataset-summary-types";
import { readDatasetSummaries } from "../../server/ingest/dataset-summary";
import { removeDataset } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { getApi } from "../support/explorer-api";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";
import { tinyImportFormat } from "../support/tiny-import-format";

// The start page of a large graph reads each dataset's summary: counts by type, the entities
// with the most holdings, the ultimate parents and the largest groups below them. A small
// dataset with a known shape: Pellham owns Ashgrove and Brantwood, Ashgrove owns Corvane, and
// Dunmere, owned by no one, owns Corvane too. Esker holds nothing.
const DATASET = "summary-test";
let server: TestServer;
let folder: string;

const id = (key: string) => `${DATASET}:${key}`;

async function importShape(extra: object[] = []): Promise<void> {
  const file = path.join(folder, `${DATASET}.json`);
  await writeFile(
    file,
    JSON.stringify([
      { source: "register", url: "https://example.org/register" },
      { entity: "p", name: "Pellham Holdings" },
      { entity: "a", name: "Ashgrove Trading" },
      { entity: "b", name: "Brantwood Mills" },
      { entity: "c", name: "Corvane Shipping" },
      { entity: "d", name: "Dunmere Capital" },
      { entity: "e", name: "Esker Foods" },
      { owner: "p", owned: "a", share: 60, citing: "register" },
      { owner: "p", owned: "b", share: 100, citing: "register" },
      { owner: "a", owned: "c", share: 51, citing: "register" },
      { owner: "d", owned: "c", share: 49, citing: "register" },
      ...extra,
    ]),
  );
  await runDatasetImport(server.driver, testDatabase(), {
    files: [await localImportFile(file)],
    format: tinyImportFormat,
    datasetId: DATASET,
  });
}

beforeAll(async () => {
  server = await startTestServer();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-summary-"));
  await importShape();
});
afterAll(async () => {
  await removeDataset(server.driver, testDatabase(), DATASET);
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const summaryOf = async (dataset: string) =>
  (await getApi<DatasetSummary>(server, `/api/datasets/${dataset}/summary`)).body;

describe("a dataset's summary for the start page", () => {
  it("counts the entities and relationships by type", async () => {
    const summary = await summaryOf(DATASET);
    expect(summary.dataset).toBe(DATASET);
    expect(summary.entityTypes).toEqual([{ type: "Company", count: 6 }]);
    expect(summary.relationshipTypes).toEqual([{ type: "OWNS", count: 4 }]);
  });

  it("lists the holders, most holdings first, and the ultimate parents among them", async () => {
    const summary = await summaryOf(DATASET);
    expect(summary.mostHoldings.total).toBe(3);
    expect(summary.mostHoldings.shown.map((entity) => [entity.id, entity.holdings])).toEqual([
      [id("p"), 2],
      [id("a"), 1],
      [id("d"), 1],
    ]);
    expect(summary.mostHoldings.shown[0]).toMatchObject({
      caption: "Pellham Holdings",
      type: "Company",
    });
    expect(summary.ultimateParents.total).toBe(2);
    expect(summary.ultimateParents.shown.map((entity) => entity.id)).toEqual([id("p"), id("d")]);
  });

  it("sizes the groups below the ultimate parents, largest first", async () => {
    const { largestGroups } = await summaryOf(DATASET);
    expect(largestGroups.candidates).toBe(2);
    expect(largestGroups.shown.map((group) => [group.id, group.members])).toEqual([
      [id("p"), 3],
      [id("d"), 1],
    ]);
  });

  it("is kept on the dataset's record when written, and made anew by a new version", async () => {
    const kept = await readDatasetSummaries(server.driver, testDatabase());
    expect(kept.get(DATASET)?.mostHoldings.total).toBe(3);
    // Esker now owns Pellham: Pellham is no longer an ultimate parent, Esker's group is all of it.
    await importShape([{ owner: "e", owned: "p", share: 75, citing: "register" }]);
    const again = await readDatasetSummaries(server.driver, testDatabase());
    const summary = again.get(DATASET);
    expect(summary?.ultimateParents.shown.map((entity) => entity.id)).toEqual([id("d"), id("e")]);
    expect(summary?.largestGroups.shown[0]).toMatchObject({ id: id("e"), members: 4 });
  });

  it("summarises the seed at start: the State Council heads the largest group", async () => {
    const summary = await summaryOf("seed");
    const parents = summary.ultimateParents.shown.map((entity) => entity.caption);
    expect(parents.some((caption) => caption.includes("State Council"))).toBe(true);
    expect(summary.largestGroups.shown[0]?.caption).toContain("State Council");
    expect(summary.largestGroups.shown[0]?.members).toBeGreaterThanOrEqual(5);
  });

  it("answers 404 for a dataset that is not there", async () => {
    const answer = await getApi<{ error: { code: string } }>(
      server,
      "/api/datasets/no-such-dataset/summary",
    );
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe("Ownergraph.DatasetNotFound");
  });
});
