import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../../domain/wire/explorer-api-types";
import { startTestServer, type TestServer } from "../support/test-server";
import { countEverything, getApi } from "../support/explorer-api";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const search = (text: string) =>
  getApi<SearchResponse>(server, `/api/search?q=${encodeURIComponent(text)}`);

describe("GET /api/search (seed graph)", () => {
  it.each(["Aisino", "aisino", "AIS", "航天信息", "航天", "600271", "6002", "SSE:600271"])(
    "finds Aisino by %s",
    async (text) => {
      const { status, body } = await search(text);
      expect(status).toBe(200);
      const hit = body.hits.find((candidate) => candidate.id === "aisino");
      expect(hit, JSON.stringify(body.hits.map((h) => h.id))).toBeDefined();
      expect(hit?.type).toBe("Company");
      expect(hit?.caption).toBe("Aisino Corporation");
      expect(hit?.context).toContain("600271");
      expect(hit?.node.attributes.properties["id"]).toBe("aisino");
    },
  );

  it("finds an entity by its Chinese name when it has no English one", async () => {
    const { body } = await search("航天科工");
    expect(body.hits.map((hit) => hit.id)).toContain("casic");
  });

  it("says so when nothing matches", async () => {
    const { status, body } = await search("zzqxv nothing like this");
    expect(status).toBe(200);
    expect(body.hits).toEqual([]);
    expect(body.message).toBe('No entity matches "zzqxv nothing like this".');
  });

  it.each([
    "MATCH (n) DETACH DELETE n",
    "') YIELD node CALL { MATCH (n) DETACH DELETE n } //",
    "aisino~ OR *:* AND NOT x",
    '"unclosed phrase',
    ".*[a-z]+(?=x)\\",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "$query ${id} {{x}}",
  ])("treats %s as plain text: no error, no change to the graph", async (text) => {
    const before = await countEverything(server);
    const { status, body } = await search(text);
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
    expect(body.text).toBe(text);
    expect(await countEverything(server)).toBe(before);
  });

  it("answers text with nothing to search for with an empty result that says why", async () => {
    const { status, body } = await search('*?"~^');
    expect(status).toBe(200);
    expect(body.hits).toEqual([]);
    expect(body.message).toMatch(/no letter or digit/);
  });

  it("refuses a missing query or a bad limit with a specific 400", async () => {
    const missing = await getApi<{ error: { code: string; message: string } }>(
      server,
      "/api/search",
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('"q" must hold the text to search for.');
    const limit = await getApi<{ error: { message: string } }>(server, "/api/search?q=a&limit=1e9");
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toMatch(/"limit" is "1e9"; it must be a whole number/);
  });
});
