import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { buildApp } from "../../server/app";
import { PROJECT_ROOT, readQueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { tokenAuth } from "../support/token-auth";

const READER_TOKEN = "reader-token-for-the-browser";
const EDITOR_TOKEN = "editor-token-for-the-browser";

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  driver = openTestDriver();
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: { ...readQueryLimits({}), allowWrites: true },
    auth: tokenAuth(READER_TOKEN, EDITOR_TOKEN),
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await sharedChromium();
});
afterAll(async () => {
  await releaseChromium();
  await app?.close();
  await driver?.close();
});

/** Only the expected refusals (401 before sign-in and for a wrong token, 403 for a reader's write) may show as errors. */
function unexpected(errors: string[]): string[] {
  return errors.filter((error) => !/Failed to load resource: .*status of (401|403)/.test(error));
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel("Access token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A request from the page itself, with its cookie, as the app would send it. */
const inPage = (page: Page, method: string, url: string, body?: unknown) =>
  page.evaluate(
    async (request) => {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.body ? { "content-type": "application/json" } : {},
        body: request.body,
      });
      return { status: response.status, text: await response.text() };
    },
    { method, url, body: body === undefined ? undefined : JSON.stringify(body) },
  );

describe("sign-in in Chromium", () => {
  it("asks a reader for the token, then explores, exports and reads, but cannot write", async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await page.getByLabel("Access token").waitFor();
    await signIn(page, "wrong-token-wrong-token");
    await page.getByText("That access token is not right").waitFor();
    await signIn(page, READER_TOKEN);
    await page
      .getByRole("status")
      .filter({ hasText: /entities on screen/ })
      .waitFor();
    await page.getByText("Signed in as reader").waitFor();
    const exported = await inPage(page, "POST", "/api/export", {
      format: "json",
      nodes: ["aisino"],
    });
    expect(exported.status).toBe(200);
    const mode = await inPage(page, "GET", "/api/cypher/mode");
    expect(JSON.parse(mode.text)).toMatchObject({ mode: "read-only" });
    const write = await inPage(page, "POST", "/api/cypher", { query: "CREATE (:Probe) RETURN 1" });
    expect(write.status).toBe(403);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Access token").waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it("lets an editor use the write console the server allows", async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await signIn(page, EDITOR_TOKEN);
    await page.getByText("Signed in as editor").waitFor();
    const mode = await inPage(page, "GET", "/api/cypher/mode");
    expect(JSON.parse(mode.text)).toMatchObject({ mode: "read-write" });
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
