import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ChainResponse,
  EntitiesResponse,
  NeighboursResponse,
  PathResponse,
  SearchResponse,
} from "../../domain/wire/explorer-api-types";
import { removeDataset } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { getApi } from "../support/explorer-api";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";
import { tinyImportFormat } from "../support/tiny-import-format";

// `?hide=` on the explorer's endpoints leaves a dataset's entities and links out of search,
// expansion, chains, paths and restored views. A small dataset is imported beside the seed.
const DATASET = "hide-test";
let server: TestServer;
let folder: string;

beforeAll(async () => {
  server = await startTestServer();
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-hide-"));
  const file = path.join(folder, "hide-test.json");
  await writeFile(
    file,
    JSON.stringify([
      { source: "register", url: "https://example.org/register" },
      { entity: "k", name: "Kestrelholm Holdings" },
      { entity: "m", name: "Marlowby Shipping" },
      { owner: "k", owned: "m", share: 60, citing: "register" },
    ]),
  );
  await runDatasetImport(server.driver, testDatabase(), {
    files: [await localImportFile(file)],
    format: tinyImportFormat,
    datasetId: DATASET,
  });
});
afterAll(async () => {
  await removeDataset(server.driver, testDatabase(), DATASET);
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const K = `${DATASET}:k`;
const M = `${DATASET}:m`;
const hitIds = (body: SearchResponse) => body.hits.map((hit) => hit.id);

describe("hiding datasets in the explorer (?hide=)", () => {
  it("search leaves out the hidden datasets' entities", async () => {
    const shown = await getApi<SearchResponse>(server, "/api/search?q=Kestrelholm");
    expect(hitIds(shown.body)).toEqual([K]);
    const hidden = await getApi<SearchResponse>(
      server,
      `/api/search?q=Kestrelholm&hide=${DATASET}`,
    );
    expect(hidden.status).toBe(200);
    expect(hitIds(hidden.body)).toEqual([]);
    const seedHidden = await getApi<SearchResponse>(server, "/api/search?q=Aisino&hide=seed");
    expect(hitIds(seedHidden.body)).toEqual([]);
    const otherHidden = await getApi<SearchResponse>(
      server,
      `/api/search?q=Aisino&hide=${DATASET}`,
    );
    expect(hitIds(otherHidden.body)).toContain("aisino");
  });

  it("expansion leaves out hidden links and neighbours, totals included", async () => {
    const url = `/api/entities/${encodeURIComponent(M)}/neighbours`;
    const shown = await getApi<NeighboursResponse>(server, url);
    expect(shown.body.total).toBe(1);
    expect(shown.body.returned).toBe(1);
    const hidden = await getApi<NeighboursResponse>(server, `${url}?hide=${DATASET}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.total).toBe(0);
    expect(hidden.body.returned).toBe(0);
    expect(hidden.body.totalsByType).toEqual({});
  });

  it("chains leave out hidden owners", async () => {
    const url = `/api/entities/${encodeURIComponent(M)}/chain-up`;
    const shown = await getApi<ChainResponse>(server, url);
    expect(shown.body.ends.map((end) => end.key)).toEqual([K]);
    expect(shown.body.ends[0]?.effectiveShare).toBe("60%");
    const seedHidden = await getApi<ChainResponse>(server, `${url}?hide=seed`);
    expect(seedHidden.body.ends.map((end) => end.key)).toEqual([K]);
    const hidden = await getApi<ChainResponse>(server, `${url}?hide=${DATASET}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.ends).toEqual([]);
    expect(hidden.body.graph.edges).toEqual([]);

    const seedUp = "/api/entities/aisino-hong-kong-subsidiary/chain-up";
    const seedChain = await getApi<ChainResponse>(server, `${seedUp}?hide=seed`);
    expect(seedChain.body.ends).toEqual([]);
    const seedShown = await getApi<ChainResponse>(server, `${seedUp}?hide=${DATASET}`);
    expect(seedShown.body.ends.map((end) => end.key)).toContain("state-council");
  });

  it("paths go through shown datasets only", async () => {
    const url = `/api/path?from=${encodeURIComponent(K)}&to=${encodeURIComponent(M)}`;
    const shown = await getApi<PathResponse>(server, url);
    expect(shown.body.found).toBe(true);
    const hidden = await getApi<PathResponse>(server, `${url}&hide=${DATASET}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.found).toBe(false);
  });

  it("a restored view reports the hidden datasets' entities as missing", async () => {
    const url = `/api/entities?ids=${encodeURIComponent(`${K},${M},aisino`)}`;
    const shown = await getApi<EntitiesResponse>(server, url);
    expect(shown.body.missingIds).toEqual([]);
    expect(shown.body.graph.edges).toHaveLength(1);
    const hidden = await getApi<EntitiesResponse>(server, `${url}&hide=${DATASET}`);
    expect(hidden.body.missingIds.sort()).toEqual([K, M].sort());
    expect(hidden.body.graph.edges).toHaveLength(0);
  });

  it("a hide that is not a list of dataset ids is a 400 naming it", async () => {
    const { status, body } = await getApi<{ error: { code: string; message: string } }>(
      server,
      "/api/search?q=Aisino&hide=Not%20An%20Id",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('"hide"');
    expect(body.error.message).toContain("Not An Id");
  });
});
