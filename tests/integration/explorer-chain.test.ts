import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChainResponse, PathResponse } from "../../domain/wire/explorer-api-types";
import { startTestServer, type TestServer } from "../support/test-server";
import { getApi } from "../support/explorer-api";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const idOf = (body: { graph: ChainResponse["graph"] }, key: string) =>
  body.graph.nodes.find((node) => node.key === key)?.attributes.properties["id"];

describe("GET /api/entities/:id/chain-up", () => {
  it("climbs from Aisino's Hong Kong subsidiary to the State Council, every link cited", async () => {
    const { status, body } = await getApi<ChainResponse>(
      server,
      "/api/entities/aisino-hong-kong-subsidiary/chain-up",
    );
    expect(status).toBe(200);
    expect(body.direction).toBe("up");
    // One key space: the graph and the chain are keyed by entity id.
    expect(body.rootKey).toBe("aisino-hong-kong-subsidiary");
    expect(idOf(body, body.rootKey)).toBe("aisino-hong-kong-subsidiary");
    const ids = body.graph.nodes.map((node) => node.attributes.properties["id"]);
    expect(ids).toEqual(expect.arrayContaining(["aisino", "casic", "sasac", "state-council"]));
    const stateCouncil = body.ends.find((end) => end.key === "state-council");
    expect(stateCouncil).toBeDefined();
    expect(stateCouncil?.caption).toBe("State Council");
    // No source states the shares: never a made-up figure. The State Council holds no share
    // itself; what the bodies it controls hold is under its control, and unknown.
    expect(stateCouncil?.economicShare).toMatch(/^none|unknown/);
    expect(stateCouncil?.stakeUnderControl).toMatch(/unknown|control without ownership/);
    expect(stateCouncil?.figures.map((figure) => figure.name)).toEqual([
      "Economic share",
      "Stake under control",
    ]);
    expect(body.graph.edges.length).toBeGreaterThanOrEqual(4);
    for (const edge of body.graph.edges) {
      const sourceIds = edge.attributes.properties["sourceIds"] as string[];
      const quotes = edge.attributes.properties["quotes"] as string[];
      expect(sourceIds.length, edge.key).toBeGreaterThan(0);
      expect(quotes).toHaveLength(sourceIds.length);
      for (const id of sourceIds) expect(body.sources[id]?.url).toMatch(/^https?:\/\//);
      expect(["reported", "inferred", "uncertain"]).toContain(
        edge.attributes.properties["firmness"],
      );
    }
    // One state holding, one Third Academy: the fact-checked seed draws no second owner.
    expect(body.ends.map((end) => end.key)).toEqual(["state-council"]);
    expect(ids).not.toContain("chinese-state");
    const academies = body.graph.nodes.filter((node) =>
      (node.attributes.properties["names"] as string[] | undefined)?.some((name) =>
        name.includes("第三研究院"),
      ),
    );
    expect(academies.map((node) => node.attributes.properties["id"])).toEqual([
      "casic-third-academy",
    ]);
    // Each end comes with its paths worked out: from the owner down to the root, along links
    // of the answer's own graph, each path's share and how it counts already in words.
    const edgeKeys = new Set(body.graph.edges.map((edge) => edge.key));
    for (const end of body.ends) {
      expect(end.pathCount).toBeGreaterThanOrEqual(end.paths.length);
      expect(end.paths.length).toBeGreaterThan(0);
      for (const path of end.paths) {
        expect(path.nodeKeys[0]).toBe(end.key);
        expect(path.nodeKeys.at(-1)).toBe("aisino-hong-kong-subsidiary");
        for (const key of path.edgeKeys) expect(edgeKeys.has(key)).toBe(true);
        expect(path.share).not.toBe("");
        expect(path.contribution).not.toBe("");
      }
    }
  });

  it("says when nothing owns or controls an entity", async () => {
    const { body } = await getApi<ChainResponse>(server, "/api/entities/state-council/chain-up");
    expect(body.ends).toEqual([]);
    expect(body.message).toBe("Nothing in the graph owns or controls this entity.");
  });

  it("answers 404 for an unknown entity and 400 for a bad limit", async () => {
    expect((await getApi(server, "/api/entities/nobody/chain-up")).status).toBe(404);
    expect((await getApi(server, "/api/entities/aisino/chain-up?limit=0")).status).toBe(400);
  });
});

describe("GET /api/entities/:id/chain-down", () => {
  it("walks down from CASIC through Aisino to the checkpoints", async () => {
    const { status, body } = await getApi<ChainResponse>(server, "/api/entities/casic/chain-down");
    expect(status).toBe(200);
    const ids = body.ends.map((end) => end.key);
    expect(ids).toEqual(
      expect.arrayContaining(["aisino", "aisino-hong-kong-subsidiary", "hzmb-hong-kong-port"]),
    );
  });
});

describe("GET /api/path", () => {
  it("finds the shortest chain from a checkpoint to the State Council", async () => {
    const { status, body } = await getApi<PathResponse>(
      server,
      "/api/path?from=hzmb-hong-kong-port&to=state-council",
    );
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    expect(idOf(body, body.nodeKeys[0] ?? "")).toBe("hzmb-hong-kong-port");
    expect(idOf(body, body.nodeKeys.at(-1) ?? "")).toBe("state-council");
    expect(body.edgeKeys).toHaveLength(body.nodeKeys.length - 1);
    expect(body.edgeKeys.length).toBeLessThanOrEqual(5);
  });

  it("refuses the same entity twice, and names an unknown one", async () => {
    const same = await getApi<{ error: { message: string } }>(
      server,
      "/api/path?from=casic&to=casic",
    );
    expect(same.status).toBe(400);
    expect(same.body.error.message).toMatch(/pick two different entities/);
    const unknown = await getApi<{ error: { message: string } }>(
      server,
      "/api/path?from=casic&to=nobody",
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/"nobody"/);
    expect((await getApi(server, "/api/path?from=casic")).status).toBe(400);
  });
});
