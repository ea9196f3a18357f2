import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  EntitiesResponse,
  EntityDetailsResponse,
  NeighboursResponse,
} from "../../domain/wire/explorer-api-types";
import { startTestServer, type TestServer } from "../support/test-server";
import { getApi } from "../support/explorer-api";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/entities?ids= (restoring a view)", () => {
  it("returns the entities, the relationships among them and their sources; names the missing", async () => {
    const { status, body } = await getApi<EntitiesResponse>(
      server,
      "/api/entities?ids=aisino,casic&ids=no-such-entity",
    );
    expect(status).toBe(200);
    expect(body.missingIds).toEqual(["no-such-entity"]);
    const ids = body.graph.nodes.map((node) => node.attributes.properties["id"]).sort();
    expect(ids).toEqual(["aisino", "casic"]);
    const types = body.graph.edges.map((edge) => edge.attributes.type).sort();
    expect(types).toEqual(expect.arrayContaining(["CONTROLS", "FOUNDED", "OWNS"]));
    for (const edge of body.graph.edges) {
      for (const id of edge.attributes.properties["sourceIds"] as string[]) {
        expect(body.sources[id]?.url, id).toMatch(/^https?:\/\//);
      }
    }
  });

  it("refuses an empty id list", async () => {
    const { status, body } = await getApi<{ error: { message: string } }>(
      server,
      "/api/entities?ids=",
    );
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/at least one entity id/);
  });
});

describe("GET /api/entities/:id (evidence for the panel)", () => {
  it("gives the entity, the sources of its properties, and its relationships by type", async () => {
    const { status, body } = await getApi<EntityDetailsResponse>(server, "/api/entities/aisino");
    expect(status).toBe(200);
    expect(body.node.attributes.properties["nameZh"]).toBe("航天信息股份有限公司");
    expect(body.propertyCitations.length).toBeGreaterThan(0);
    for (const citation of body.propertyCitations) {
      expect(body.sources[citation.sourceId], citation.sourceId).toBeDefined();
    }
    expect(body.relationshipCounts["SUPPLIES"]).toBeGreaterThanOrEqual(3);
    expect(body.relationshipCounts["SOURCED_FROM"]).toBeUndefined();
  });

  it("answers 404 with a way forward for an unknown id", async () => {
    const { status, body } = await getApi<{ error: { code: string; message: string } }>(
      server,
      `/api/entities/${encodeURIComponent("<script>x</script>")}`,
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe("Ownergraph.EntityNotFound");
    expect(body.error.message).toMatch(/Search for it by name/);
  });
});

describe("GET /api/entities/:id/neighbours (expansion in pages)", () => {
  const page = (query: string) =>
    getApi<NeighboursResponse>(server, `/api/entities/aisino/neighbours?${query}`);

  it("pages through every relationship exactly once, with an honest total and remainder", async () => {
    const first = await page("limit=5");
    expect(first.status).toBe(200);
    const total = Object.values(first.body.totalsByType).reduce((sum, count) => sum + count, 0);
    expect(first.body.total).toBe(total);
    expect(first.body.returned).toBe(5);
    expect(first.body.remaining).toBe(total - 5);
    // Ownership and control come first.
    expect(first.body.items[0]?.edge.attributes.type).toMatch(/OWNS|CONTROLS/);
    const seen = new Set<string>();
    for (let skip = 0; skip < total; skip += 5) {
      const { body } = await page(`limit=5&skip=${skip}`);
      expect(body.remaining).toBe(Math.max(0, total - skip - body.returned));
      for (const item of body.items) seen.add(item.edge.key);
      const keys = new Set(body.graph.nodes.map((node) => node.key));
      for (const item of body.items) expect(keys.has(item.neighbourKey)).toBe(true);
    }
    expect(seen.size).toBe(total);
  });

  it("filters by relationship type and direction", async () => {
    const { body } = await page("types=SUPPLIES&direction=out&limit=50");
    expect(body.total).toBe(body.totalsByType["SUPPLIES"]);
    expect(body.items.every((item) => item.edge.attributes.type === "SUPPLIES")).toBe(true);
    const aisinoKey = body.graph.nodes.find((n) => n.attributes.properties["id"] === "aisino")?.key;
    expect(body.items.every((item) => item.edge.source === aisinoKey)).toBe(true);
  });

  it("refuses paging that is not a whole number, and unknown types", async () => {
    for (const query of ["skip=1.5", "skip=-3", "limit=0", "limit=abc", "limit=501"]) {
      const { status, body } = await getApi<{ error: { message: string } }>(
        server,
        `/api/entities/aisino/neighbours?${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.error.message).toMatch(/"(skip|limit)"/);
    }
    const { status } = await page("types=OWNS,DELETE");
    expect(status).toBe(400);
  });
});
