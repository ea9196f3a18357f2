// "As of a date" against the real Neo4j: the BODS 0.4 examples tecido.json and fermcat.json
// (tests/fixtures/bods/ATTRIBUTION.md) imported, then the owners of each company and their
// shares at days before, between and after each statement, worked out by hand from the files
// (comments below); the seed's US listings; bad `asOf` values; an export as of a day.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heldOn, heldSpanOf } from "../../domain/time";
import type {
  ChainResponse,
  ChangesResponse,
  NeighboursResponse,
  PathResponse,
  TimelineResponse,
} from "../../domain/wire/explorer-api-types";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { getApi } from "../support/explorer-api";
import { errorMessage, postExport } from "../support/export-api";
import { removeImportedDatasets } from "../support/imported-datasets";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
const TECIDO = "asof-tecido";
const FERMCAT = "asof-fermcat";
const ours = (id: string) => id === TECIDO || id === FERMCAT;

beforeAll(async () => {
  server = await startTestServer();
  for (const [datasetId, file] of [
    [TECIDO, "tecido.json"],
    [FERMCAT, "fermcat.json"],
  ] as const) {
    const path = fileURLToPath(new URL(`../fixtures/bods/0.4/${file}`, import.meta.url));
    const outcome = await runDatasetImport(server.driver, testDatabase(), {
      files: [await localImportFile(path)],
      format: "bods",
      datasetId,
    });
    expect(outcome.report.errorCount).toBe(0);
  }
});
afterAll(async () => {
  await removeImportedDatasets(server.driver, ours);
  await server.close();
});

/** The shareholdings into `company` on the chain up as of `day` (latest when null), "owner share". */
async function shareholdings(company: string, day: string | null): Promise<string[]> {
  const asOf = day === null ? "" : `?asOf=${day}`;
  const { status, body } = await getApi<ChainResponse>(
    server,
    `/api/entities/${encodeURIComponent(company)}/chain-up${asOf}`,
  );
  expect(status).toBe(200);
  return body.graph.edges
    .filter(
      (edge) =>
        edge.target === company && edge.attributes.properties["interestType"] === "shareholding",
    )
    .map(
      (edge) =>
        `${edge.source.split(":")[1] ?? ""} ${String(edge.attributes.properties["shareExact"])}`,
    )
    .sort();
}

describe("tecido.json as of a day", () => {
  const company = `${TECIDO}:01B68D7633`;
  // Maria Esteves (018AF6B3EB) holds 100 % from 2002-03-09 (statement of 2019-01-20); Shear
  // Trust (033E84672B) 60 % and she 40 % from 2021-09-24 (statements of 2021-09-25); 70 % and
  // 30 % from 2022-09-21 (2022-09-25); on 2023-03-03 her record is closed without an end date
  // (she held until some day before it) and Shear Trust holds 80 % from 2023-03-01.
  it.each([
    ["2002-03-08", []],
    ["2002-03-09", ["018AF6B3EB 100"]],
    ["2021-09-23", ["018AF6B3EB 100"]],
    ["2021-09-24", ["018AF6B3EB 40", "033E84672B 60"]],
    ["2022-09-20", ["018AF6B3EB 40", "033E84672B 60"]],
    ["2022-09-21", ["018AF6B3EB 30", "033E84672B 70"]],
    ["2023-02-28", ["018AF6B3EB 30", "033E84672B 70"]],
    ["2023-03-01", ["018AF6B3EB 30", "033E84672B 80"]],
    ["2023-03-03", ["033E84672B 80"]],
    [null, ["033E84672B 80"]],
  ] as const)("as of %s", async (day, expected) => {
    expect(await shareholdings(company, day)).toEqual(expected);
  });

  it("draws her 30 % as held until her last statement, then as may have held until the closure", async () => {
    const { body } = await getApi<ChainResponse>(
      server,
      `/api/entities/${encodeURIComponent(company)}/chain-up?asOf=2023-03-01`,
    );
    const hers = body.graph.edges.find(
      (edge) =>
        edge.source === `${TECIDO}:018AF6B3EB` &&
        edge.attributes.properties["interestType"] === "shareholding",
    );
    const span = heldSpanOf(hers?.attributes.properties ?? {});
    expect(span).toEqual({
      heldFrom: "2022-09-21",
      heldSurelyFrom: "2022-09-21",
      heldSurelyUntil: "2022-09-25",
      heldUntil: "2023-03-02",
    });
    expect(heldOn(span, "2022-09-25").state).toBe("held");
    expect(heldOn(span, "2023-03-01")).toEqual({
      state: "mayHaveHeld",
      reason: "it is last known to have held on 2022-09-25 and ended by 2023-03-02",
    });
  });

  it("the shortest path to her exists while she holds, not after", async () => {
    const path = (day: string) =>
      getApi<PathResponse>(
        server,
        `/api/path?from=${encodeURIComponent(`${TECIDO}:018AF6B3EB`)}&to=${encodeURIComponent(company)}&asOf=${day}`,
      );
    expect((await path("2022-01-01")).body.found).toBe(true);
    expect((await path("2023-03-03")).body.found).toBe(false);
  });
});

describe("what changed at tecido, and its timeline", () => {
  const company = `${TECIDO}:01B68D7633`;
  const changesOf = async (from: string, to: string) => {
    const { status, body } = await getApi<ChangesResponse>(
      server,
      `/api/entities/${encodeURIComponent(company)}/changes?from=${from}&to=${to}`,
    );
    expect(status).toBe(200);
    // The shareholdings only (votingRights changes alike); every change cites its statements.
    for (const change of body.changes) {
      for (const sourceId of change.sourceIds) expect(body.sources[sourceId]).toBeDefined();
    }
    return body.changes
      .filter((change) => {
        const key = change.afterKey ?? change.beforeKey ?? "";
        const edge = body.graph.edges.find((candidate) => candidate.key === key);
        return edge?.attributes.properties["interestType"] === "shareholding";
      })
      .map(
        (change) =>
          `${change.kind} ${change.fromKey.split(":")[1] ?? ""} ${String(change.shareBefore)} → ${String(change.shareAfter)}`,
      );
  };

  it("lists the shares that appeared, changed and ended between two days, up the chain", async () => {
    expect(await changesOf("2021-01-01", "2022-01-01")).toEqual([
      "appeared 033E84672B null → 60%",
      "changed 018AF6B3EB 100% → 40%",
    ]);
    expect(await changesOf("2022-01-01", "2023-06-01")).toEqual([
      "changed 033E84672B 60% → 80%",
      "ended 018AF6B3EB 40% → null",
    ]);
    expect(await changesOf("2022-10-01", "2022-12-01")).toEqual([]);
  });

  it("answers 400 for a missing or bad from, and for to before from", async () => {
    const path = `/api/entities/${encodeURIComponent(company)}/changes`;
    expect((await getApi(server, path)).status).toBe(400);
    expect((await getApi(server, `${path}?from=2019-02-30`)).status).toBe(400);
    expect((await getApi(server, `${path}?from=2022-01-01&to=2021-01-01`)).status).toBe(400);
  });

  it("shows every version of her stake on the timeline, with its days and share", async () => {
    const { status, body } = await getApi<TimelineResponse>(
      server,
      `/api/entities/${encodeURIComponent(company)}/timeline`,
    );
    expect(status).toBe(200);
    const hers = body.periods.filter((period) => {
      const edge = body.graph.edges.find((candidate) => candidate.key === period.edgeKey);
      return (
        period.holderKey === `${TECIDO}:018AF6B3EB` &&
        edge?.attributes.properties["interestType"] === "shareholding"
      );
    });
    expect(hers.map((period) => [period.share, period.span])).toEqual([
      [
        "100%",
        {
          heldFrom: "2002-03-09",
          heldSurelyFrom: "2002-03-09",
          heldSurelyUntil: "2021-09-23",
          heldUntil: "2021-09-23",
        },
      ],
      [
        "40%",
        {
          heldFrom: "2021-09-24",
          heldSurelyFrom: "2021-09-24",
          heldSurelyUntil: "2022-09-20",
          heldUntil: "2022-09-20",
        },
      ],
      [
        "30%",
        {
          heldFrom: "2022-09-21",
          heldSurelyFrom: "2022-09-21",
          heldSurelyUntil: "2022-09-25",
          heldUntil: "2023-03-02",
        },
      ],
    ]);
    for (const period of hers) expect(period.sourceIds.length).toBeGreaterThan(0);
  });
});

describe("fermcat.json as of a day", () => {
  const company = `${FERMCAT}:ent-93c75c87ab28f889`;
  // per-5faa… and per-41c0… hold 50 % each from 2019-09-11; per-5faa…'s interest ends on
  // 2021-04-03 (closed 2021-09-11) and per-e334… holds 50 % from 2021-04-03; per-e334…'s ends on
  // 2022-01-21 and per-41c0… holds 100 % from the statement of 2022-01-21.
  it.each([
    ["2019-09-10", []],
    ["2019-09-11", ["per-41c0bb0cef246f7c 50", "per-5faa4103dee78621 50"]],
    ["2021-04-02", ["per-41c0bb0cef246f7c 50", "per-5faa4103dee78621 50"]],
    ["2021-04-04", ["per-41c0bb0cef246f7c 50", "per-e334cc6258e56467 50"]],
    ["2022-01-20", ["per-41c0bb0cef246f7c 50", "per-e334cc6258e56467 50"]],
    ["2022-01-22", ["per-41c0bb0cef246f7c 100"]],
    [null, ["per-41c0bb0cef246f7c 100"]],
  ] as const)("as of %s", async (day, expected) => {
    expect(await shareholdings(company, day)).toEqual(expected);
  });
});

describe("the seed as of a day", () => {
  const listedBy = async (id: string, asOf: string) => {
    const { status, body } = await getApi<NeighboursResponse>(
      server,
      `/api/entities/${id}/neighbours?types=LISTS&direction=in${asOf}`,
    );
    expect(status).toBe(200);
    return body.items.map((item) => item.edge.attributes.properties["id"]);
  };

  it("does not show the US Department of Defense listings as of 2019-07-22; today it does", async () => {
    expect(await listedBy("aisino", "&asOf=2019-07-22")).toEqual([]);
    expect(await listedBy("casic", "&asOf=2019-07-22")).toEqual([]);
    expect(await listedBy("aisino", "")).toEqual(["us-dod-lists-aisino"]);
    expect(await listedBy("casic", "")).toEqual(["us-dod-lists-casic"]);
    // The Aisino listing has no date of its own: it starts with the list of 2025-01-07.
    expect(await listedBy("aisino", "&asOf=2025-01-06")).toEqual([]);
    expect(await listedBy("aisino", "&asOf=2025-01-07")).toEqual(["us-dod-lists-aisino"]);
  });

  it("still chains the checkpoint up to the State Council as of 2019-07-22", async () => {
    const { body } = await getApi<ChainResponse>(
      server,
      "/api/entities/west-kowloon-station/chain-up?asOf=2019-07-22",
    );
    expect(body.ends.map((end) => end.key)).toContain("state-council");
  });
});

describe("bad asOf values", () => {
  it.each(["2019-02-30", "2019-7-22", "2019", "yesterday", "2019-07-22T00:00:00Z"])(
    "%s is a 400 that says how to write a day",
    async (bad) => {
      for (const path of [
        `/api/entities/aisino/chain-up?asOf=${bad}`,
        `/api/entities/aisino/neighbours?asOf=${bad}`,
        `/api/overview?asOf=${bad}`,
      ]) {
        const { status, body } = await getApi<{ error: { message: string } }>(server, path);
        expect(status, path).toBe(400);
        expect(body.error.message).toContain(
          "asOf must be a day written YYYY-MM-DD, e.g. 2019-07-22",
        );
      }
      const exported = await postExport(server.baseUrl, {
        format: "json",
        nodes: ["aisino"],
        asOf: bad,
      });
      expect(exported.status).toBe(400);
      expect(errorMessage(exported)).toContain("must be a day written YYYY-MM-DD, e.g. 2019-07-22");
    },
  );
});

describe("exports as of a day", () => {
  it("exports only the relationships that held that day, and the report states its date", async () => {
    const nodes = ["us-department-of-defense", "aisino", "casic"];
    const relationshipsOf = async (asOf: string | null) => {
      const response = await postExport(server.baseUrl, {
        format: "json",
        nodes,
        withSources: false,
        ...(asOf === null ? {} : { asOf }),
      });
      expect(response.status).toBe(200);
      const graph = JSON.parse(response.text) as {
        edges: { attributes: { type: string; properties: Record<string, unknown> } }[];
      };
      for (const edge of graph.edges)
        expect(edge.attributes.properties["heldFrom"]).toBeUndefined();
      return graph.edges.filter((edge) => edge.attributes.type === "LISTS").length;
    };
    expect(await relationshipsOf("2019-07-22")).toBe(0);
    expect(await relationshipsOf(null)).toBe(2);
    const report = await postExport(server.baseUrl, { format: "html", nodes, asOf: "2019-07-22" });
    expect(report.status).toBe(200);
    expect(report.text).toContain("As of 2019-07-22");
    const latest = await postExport(server.baseUrl, { format: "html", nodes });
    expect(latest.text).toMatch(/Latest, as of \d{4}-\d{2}-\d{2}/);
  });
});
