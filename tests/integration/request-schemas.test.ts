import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { tokenAuth } from "../support/token-auth";

// Issue #15, item 7: every route declares its body, query string and address parameters as
// Fastify schemas; an unknown field, or a value of the wrong JSON type, is a 400 in the API's
// one error shape naming the field. Before, Fastify's defaults dropped unknown fields silently
// and turned numbers into text, and the routes without schemas ignored what they did not read.

const TOKEN = "reader-token-0123456789";

let driver: Driver;
let open: FastifyInstance;
let signIn: FastifyInstance;
let openUrl: string;

beforeAll(async () => {
  driver = openTestDriver();
  const base = { driver, database: testDatabase(), limits: readQueryLimits({}) };
  open = await buildApp(base);
  signIn = await buildApp({
    ...base,
    auth: tokenAuth(TOKEN),
  });
  // The Data panel's upload is multipart, which inject does not stream: listen for that one.
  openUrl = await open.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await open?.close();
  await signIn?.close();
  await driver?.close();
});

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
}

async function call(
  app: FastifyInstance,
  method: "GET" | "POST" | "DELETE",
  url: string,
  body?: unknown,
): Promise<Answer> {
  const response = await app.inject({
    method,
    url,
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    headers: body === undefined ? {} : { "content-type": "application/json" },
  });
  const parsed = response.json<{ error?: { code?: string; message?: string } }>();
  return {
    status: response.statusCode,
    code: parsed.error?.code,
    message: parsed.error?.message ?? "",
  };
}

describe("the explorer's query strings", () => {
  it.each([
    ["/api/search?q=aisino&limt=5", "limt", /"q", "limit", "hide"/],
    ["/api/entities?ids=aisino&hidden=seed", "hidden", /"ids", "hide"/],
    ["/api/entities/aisino?expand=1", "expand", /takes "asOf"/],
    ["/api/entities/aisino/neighbours?direction=in&type=OWNS", "type", /"types"/],
    ["/api/entities/aisino/chain-up?depth=3", "depth", /"limit", "hide"/],
    ["/api/entities/aisino/chain-down?depth=3", "depth", /"limit", "hide"/],
    ["/api/path?from=aisino&too=casic", "too", /"from", "to", "hide"/],
    ["/api/overview?hid=seed", "hid", /"hide"/],
  ])("%s: 400 naming the unknown parameter and the ones it takes", async (url, name, takes) => {
    const answer = await call(open, "GET", url);
    expect(answer.status).toBe(400);
    expect(answer.code).toBe("Ownergraph.InvalidParameter");
    expect(answer.message).toContain(`unknown parameter "${name}"`);
    expect(answer.message).toMatch(takes);
  });

  it("keeps the readers' own words for values (a repeated q, a bad direction)", async () => {
    const twice = await call(open, "GET", "/api/search?q=a&q=b");
    expect(twice.status).toBe(400);
    expect(twice.message).toBe('"q" is given 2 times; give it once.');
    const direction = await call(open, "GET", "/api/entities/aisino/neighbours?direction=up");
    expect(direction.message).toBe('"direction" is "up"; it must be "out", "in" or "both".');
  });
});

describe("the console and export bodies", () => {
  it("POST /api/cypher: an unknown field, a number for text, a list for the parameters", async () => {
    const unknown = await call(open, "POST", "/api/cypher", { query: "RETURN 1", parms: {} });
    expect(unknown.status).toBe(400);
    expect(unknown.code).toBe("Ownergraph.BadRequest");
    expect(unknown.message).toMatch(/unknown field "parms".*"query", "params", "paramsText"/);
    const number = await call(open, "POST", "/api/cypher", { query: "RETURN 1", paramsText: 7 });
    expect(number.status).toBe(400);
    expect(number.message).toBe('"paramsText" in the JSON body must be text, not a number.');
    const list = await call(open, "POST", "/api/cypher", { query: "RETURN 1", params: [1] });
    expect(list.message).toBe('"params" in the JSON body must be a JSON object, not a list.');
  });

  it("POST /api/export: an unknown field, and text where true or false is wanted", async () => {
    const body = { format: "json", nodes: ["aisino"] };
    const unknown = await call(open, "POST", "/api/export", { ...body, titel: "Aisino" });
    expect(unknown.status).toBe(400);
    expect(unknown.message).toMatch(/unknown field "titel"/);
    const flag = await call(open, "POST", "/api/export", { ...body, withSources: "yes" });
    expect(flag.status).toBe(400);
    expect(flag.message).toBe(
      '"withSources" in the JSON body must be true or false or null, not text.',
    );
    expect((await call(open, "POST", "/api/export", body)).status).toBe(200);
  });

  it("GET routes without parameters refuse one", async () => {
    for (const url of ["/api/health", "/api/cypher/mode", "/api/export/formats", "/api/datasets"]) {
      const answer = await call(open, "GET", `${url}?verbose=1`);
      expect(answer.status, url).toBe(400);
      expect(answer.message, url).toContain('unknown parameter "verbose"');
    }
  });
});

describe("sign-in and datasets", () => {
  it("POST /api/sign-in: an unknown field and a number token are refused, not dropped or turned into text", async () => {
    const extra = await call(signIn, "POST", "/api/sign-in", { token: TOKEN, remember: true });
    expect(extra.status).toBe(400);
    expect(extra.message).toMatch(/unknown field "remember".*"token"/);
    const number = await call(signIn, "POST", "/api/sign-in", { token: 1234567890123456 });
    expect(number.status).toBe(400);
    expect(number.message).toBe('"token" in the JSON body must be text, not a number.');
    expect((await call(signIn, "POST", "/api/sign-in", { token: TOKEN })).status).toBe(200);
  });

  it("DELETE /api/datasets/:id refuses a query string it does not read", async () => {
    const answer = await call(open, "DELETE", "/api/datasets/no-such-dataset?force=true");
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('unknown parameter "force"');
  });

  it("POST /api/datasets refuses an upload field it does not read, before importing anything", async () => {
    const form = new FormData();
    form.append("datset", "typo-dataset");
    form.append("file", new Blob(["id,name\n"], { type: "text/csv" }), "typo.csv");
    const response = await fetch(`${openUrl}/api/datasets`, {
      method: "POST",
      body: form,
    });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(400);
    expect(body.error.message).toMatch(/unknown field part "datset".*"dataset"/);
    const listed = await call(open, "GET", "/api/datasets/typo");
    expect(listed.status).toBe(404);
  });
});
