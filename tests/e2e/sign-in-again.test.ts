import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { buildApp } from "../../server/app";
import { PROJECT_ROOT, readQueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { launchChromium } from "../support/browser";
import { tokenAuth } from "../support/token-auth";

const READER_TOKEN = "reader-token-signs-in-again";

/** Cold queries on a fresh test database can take seconds: poll patiently. */
const PATIENCE = { timeout: 20_000 };

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  driver = openTestDriver();
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: readQueryLimits({}),
    auth: tokenAuth(READER_TOKEN),
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

const onScreen = (page: Page) => page.getByRole("status").filter({ hasText: /entities on screen/ });

async function entitiesOnScreen(page: Page): Promise<number> {
  const text = (await onScreen(page).textContent()) ?? "";
  return Number(/(\d+) entities on screen/.exec(text)?.[1] ?? Number.NaN);
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel("Access token").fill(READER_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("a session that ends under the app in Chromium", () => {
  it("brings the sign-in form back over the view, and carries on after signing in again", async () => {
    const view = "/?e=aisino&s=aisino";
    // Two tabs of one browser share its cookies, as a person's tabs do.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${baseUrl}${view}`);
    await signIn(page);
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor(PATIENCE);

    // Signing out in another tab of the same browser ends the session this tab uses.
    const otherTab = await context.newPage();
    await otherTab.goto(baseUrl);
    await otherTab.getByRole("button", { name: "Sign out" }).click();
    await otherTab.getByLabel("Access token").waitFor();
    await otherTab.close();

    // The next thing the app asks the server meets the ended session: the form comes back.
    await panel.getByRole("button", { name: "Expand neighbours" }).click();
    const again = page.getByRole("dialog", { name: "Sign in again" });
    await again.getByText("Your session has ended").waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).search).toBe(new URL(`${baseUrl}${view}`).search);
    expect(await entitiesOnScreen(page)).toBe(1);

    // Signing in again carries on: the expansion asked for goes through, on the same view.
    await again.getByLabel("Access token").fill(READER_TOKEN);
    await again.getByRole("button", { name: "Sign in" }).click();
    await again.waitFor({ state: "detached" });
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBeGreaterThan(10);
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();
    await page.getByText("Signed in as reader").waitFor();
    const unexpected = errors.filter(
      (error) => !/Failed to load resource: .*status of 401/.test(error),
    );
    expect(unexpected).toEqual([]);
    await context.close();
  });
});
