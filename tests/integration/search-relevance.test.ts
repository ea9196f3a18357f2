import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../../domain/wire/explorer-api-types";
import { getApi } from "../support/explorer-api";
import { startTestServer, type TestServer } from "../support/test-server";

const { queries } = JSON.parse(
  readFileSync(new URL("../fixtures/search/seed-relevance.json", import.meta.url), "utf8"),
) as { queries: [string, string][] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("search relevance on the seed: what people type finds the entity they mean first", () => {
  it("holds at least 30 queries", () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(queries)("%s → %s", async (text, expected) => {
    const { status, body } = await getApi<SearchResponse>(
      server,
      `/api/search?q=${encodeURIComponent(text)}`,
    );
    expect(status).toBe(200);
    expect(body.hits[0]?.id, JSON.stringify(body.hits.map((hit) => hit.id))).toBe(expected);
  });
});
