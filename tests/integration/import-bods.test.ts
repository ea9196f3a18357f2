// The BODS import end to end against the real Neo4j: the Finnish state-owned-enterprise package
// (tests/fixtures/bods/ATTRIBUTION.md) imported through the runner, its rows checked in the
// database, the chain walked through the HTTP route, a second import changing nothing, and a
// bad file rejected with nothing written.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError } from "../../domain/ingest";
import type { ChainResponse } from "../../domain/wire/explorer-api-types";
import { listDatasets, removeDataset } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { getApi } from "../support/explorer-api";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let folder: string;
const DATASET = "bods-fi-soe";
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/bods/${name}`, import.meta.url));

beforeAll(async () => {
  server = await startTestServer();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-bods-"));
});
afterAll(async () => {
  for (const dataset of await listDatasets(server.driver, testDatabase())) {
    if (dataset.id !== "seed") await removeDataset(server.driver, testDatabase(), dataset.id);
  }
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

async function importFiSoe() {
  return runDatasetImport(server.driver, testDatabase(), {
    files: [await localImportFile(fixture("0.4/bods-package-fi-soe.json"))],
    datasetId: DATASET,
  });
}

async function rowsOf(query: string): Promise<Record<string, unknown>[]> {
  const { records } = await server.driver.executeQuery(
    query,
    { dataset: DATASET },
    { database: testDatabase() },
  );
  return records.map((record) => record.toObject());
}

describe("importing BODS into Neo4j", () => {
  it("detects BODS and writes fi-soe's entities, links and statement sources", async () => {
    const outcome = await importFiSoe();
    expect(outcome.status).toBe("written");
    expect(outcome.report.errorCount).toBe(0);
    expect(outcome.counts).toEqual({ sources: 9, entities: 4, relationships: 5, citations: 4 });
    const links = await rowsOf(
      `MATCH (a)-[r:OWNS|CONTROLS { dataset: $dataset }]->(b)
       RETURN type(r) AS type, a.caption AS owner, b.caption AS owned, r.shareExact AS share,
              r.directOrIndirect AS reach, r.componentIds AS components, r.sourceIds AS sources
       ORDER BY type, owner, owned`,
    );
    const described = links.map(
      (link) => `${String(link["type"])} ${String(link["reach"])} ${String(link["share"])}`,
    );
    expect(described.sort()).toEqual([
      "CONTROLS direct null",
      "OWNS direct 100",
      "OWNS direct 23.5",
      "OWNS direct 76.5",
      "OWNS indirect 100",
    ]);
    const summary = links.find((link) => link["reach"] === "indirect");
    expect(summary?.["components"]).toHaveLength(4);
    for (const link of links) {
      const [sourceId] = link["sources"] as string[];
      const [source] = await rowsOf(
        `MATCH (s:Source { id: '${String(sourceId)}' }) RETURN s.locator AS locator, s.kind AS kind`,
      );
      expect(source).toMatchObject({ kind: "registerStatement" });
      expect(`${DATASET}:statement:${String(source?.["locator"])}`).toBe(sourceId);
    }
  });

  it("walks the chain up from Gasgrid through the route: the state holds 100 %, counted once", async () => {
    const gasgrid = `${DATASET}:19f1c5afe9d7`;
    const { status, body } = await getApi<ChainResponse>(
      server,
      `/api/entities/${encodeURIComponent(gasgrid)}/chain-up`,
    );
    expect(status).toBe(200);
    expect(body.ends.map((end) => [end.key, end.effectiveShare])).toEqual([
      [`${DATASET}:05ce06ec97b1`, "100%"],
    ]);
    // The state's summary link is met, and left out of the arithmetic: its four components carry it.
    expect(body.summaryEdges).toHaveLength(1);
    const [use] = body.summaryEdges;
    expect(use?.usedInArithmetic).toBe(false);
    expect(use?.componentEdgeKeys).toHaveLength(4);
    const summary = body.graph.edges.find((edge) => edge.key === use?.edgeKey);
    expect(summary?.attributes.properties["id"]).toBe(`${DATASET}:e8ddaee2a7a4`);
  });

  it("changes nothing when the same file comes again", async () => {
    const before = await rowsOf(`MATCH (n { dataset: $dataset }) RETURN count(n) AS nodes`);
    const again = await importFiSoe();
    expect(again.status).toBe("unchanged");
    expect(await rowsOf(`MATCH (n { dataset: $dataset }) RETURN count(n) AS nodes`)).toEqual(
      before,
    );
  });

  it("imports the register's real records with their identifiers and unknown owner", async () => {
    const outcome = await runDatasetImport(server.driver, testDatabase(), {
      files: [await localImportFile(fixture("oo-register/real.json"))],
      format: "bods",
      datasetId: "bods-oo",
    });
    expect(outcome.counts).toEqual({ sources: 6, entities: 4, relationships: 3, citations: 3 });
    const { records } = await server.driver.executeQuery(
      `MATCH (e:Entity { dataset: 'bods-oo' }) RETURN e.caption AS caption, e.identifiers AS ids
       ORDER BY caption`,
      {},
      { database: testDatabase() },
    );
    const entities = records.map((record) => record.toObject());
    expect(entities.map((entity) => entity["caption"])).toEqual([
      "AIMIA HOLDINGS UK II LIMITED",
      "AIMIA HOLDINGS UK LIMITED",
      "AIMIA INC.",
      "Unknown person or entity (reason: unknown: Unknown person(s))",
    ]);
    expect(entities[1]?.["ids"]).toEqual(
      expect.arrayContaining(["GB-COH:06436883", "GB-COH:6436883"]),
    );
  });

  it('rejects a share of "51%" with its statement, and writes nothing', async () => {
    const text = JSON.stringify([
      { statementId: "e1", recordId: "a", recordType: "entity", recordDetails: { name: "A" } },
      { statementId: "e2", recordId: "b", recordType: "entity", recordDetails: { name: "B" } },
      {
        statementId: "r1",
        recordId: "ab",
        recordType: "relationship",
        recordDetails: {
          subject: "b",
          interestedParty: "a",
          interests: [{ type: "shareholding", share: { exact: "51%" } }],
        },
      },
    ]);
    const file = path.join(folder, "bad-share.json");
    await writeFile(file, text);
    const failure = await runDatasetImport(server.driver, testDatabase(), {
      files: [await localImportFile(file)],
      format: "bods",
      datasetId: "bods-bad",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportRejectedError);
    const report = (failure as ImportRejectedError).report;
    expect(report.errors[0]).toMatchObject({
      file: "bad-share.json",
      at: "item 3, statement r1",
      code: "bad-value",
    });
    const datasets = await listDatasets(server.driver, testDatabase());
    expect(datasets.map((dataset) => dataset.id)).not.toContain("bods-bad");
  });
});
