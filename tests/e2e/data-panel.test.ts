import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../server/config";
import { removeDataset } from "../../server/ingest/datasets";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

/** Cold queries on a fresh test database can take seconds: poll patiently. */
const PATIENCE = { timeout: 20_000 };

const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "data-panel.png");
/** BODS 0.4's Finnish state-owned-enterprise example (tests/fixtures/bods/ATTRIBUTION.md). */
const BODS_FI = path.join(
  PROJECT_ROOT,
  "tests",
  "fixtures",
  "bods",
  "0.4",
  "bods-package-fi-soe.json",
);
/** An import on a busy machine: upload, check, write. */
const SLOW = { timeout: 90_000 };
/** Each test walks several screens; on a loaded 2-core machine that takes minutes. */
const E2E_TIMEOUT = 240_000;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
});
afterAll(async () => {
  // A failed run leaves no imported dataset behind for the other test files.
  await removeDataset(server.driver, testDatabase(), "bods-fi").catch(() => undefined);
  await releaseChromium();
  await server?.close();
});

const onScreen = (page: Page) => page.getByRole("status").filter({ hasText: /entities on screen/ });

async function entitiesOnScreen(page: Page): Promise<number> {
  const text = (await onScreen(page).textContent()) ?? "";
  return Number(/(\d+) entities on screen/.exec(text)?.[1] ?? Number.NaN);
}

async function openDataPanel(page: Page) {
  await page.getByRole("button", { name: /^Data/ }).click();
  const panel = page.getByRole("region", { name: "Data" });
  await panel.getByRole("list", { name: "Datasets" }).waitFor(PATIENCE);
  return panel;
}

describe("the Data panel in Chromium", () => {
  it(
    "lists the seed (not removable), and answers a file no format reads with a clear error, as text",
    async () => {
      const { page, errors } = await openPage(browser, server.baseUrl);
      await onScreen(page).waitFor();
      const panel = await openDataPanel(page);

      const seed = panel.locator('[data-dataset-id="seed"]');
      await seed.waitFor();
      expect(await seed.locator(".dataset-facts").textContent()).toMatch(
        /\d+ entities, \d+ relationships/,
      );
      expect(await seed.getByRole("button", { name: /Remove/ }).count()).toBe(0);

      // A file no format recognises: the server says so, and the panel shows it as text.
      const name = "<img src=x onerror=window.hacked=1>notes.txt";
      await panel.getByLabel("Files to import", { exact: true }).setInputFiles({
        name,
        mimeType: "text/plain",
        buffer: Buffer.from("<script>window.hacked = true</script> just some notes\n"),
      });
      await panel.getByRole("list", { name: "Files chosen" }).getByText(name).waitFor();
      await panel.getByRole("button", { name: "Import", exact: true }).click();
      const alert = panel.getByRole("alert");
      await expect
        .poll(() => alert.textContent(), PATIENCE)
        .toMatch(/Could not tell the format of/);
      expect(await alert.textContent()).toContain(name);
      expect(await panel.locator("img").count()).toBe(0);
      expect(await page.evaluate(() => "hacked" in window)).toBe(false);
      // Nothing was imported: the seed is still the only dataset.
      expect(await panel.locator("[data-dataset-id]").count()).toBe(1);

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
      await page.close();
    },
    E2E_TIMEOUT,
  );

  it(
    "hides a dataset from the canvas, search and chains, keeps it in the link, and shows it again",
    async () => {
      const { page } = await openPage(browser, server.baseUrl);
      await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBeGreaterThan(10);
      const panel = await openDataPanel(page);
      const shown = panel.getByRole("checkbox", { name: /Show .* in the explorer/ });
      expect(await shown.isChecked()).toBe(true);

      await shown.uncheck();
      await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(0);
      expect(page.url()).toMatch(/[?&]d=seed\b/);
      expect(await page.getByRole("button", { name: /Data \(1 hidden\)/ }).count()).toBe(1);

      const box = page.getByRole("combobox", { name: "Search entities" });
      await box.fill("Aisino");
      const results = page.getByRole("listbox", { name: "Search results" });
      await results.getByText('No entity matches "Aisino".').waitFor(PATIENCE);
      await box.fill("");

      // A link with the hidden dataset opens without it.
      const copy = await openPage(browser, page.url());
      await copy.page
        .getByRole("status")
        .filter({ hasText: /entities on screen/ })
        .waitFor();
      await expect.poll(() => entitiesOnScreen(copy.page), PATIENCE).toBe(0);
      await copy.page.close();

      await shown.check();
      expect(page.url()).not.toMatch(/[?&]d=/);
      await box.fill("Aisino");
      await expect.poll(() => results.textContent(), PATIENCE).toMatch(/Aisino Corporation/);
      await page.close();
    },
    E2E_TIMEOUT,
  );

  it(
    "imports the BODS Finnish state-owned example through the panel, walks its chain, and removes it",
    async () => {
      const { page, errors } = await openPage(browser, server.baseUrl);
      await onScreen(page).waitFor();
      const panel = await openDataPanel(page);

      await panel.getByLabel("Files to import", { exact: true }).setInputFiles(BODS_FI);
      await panel.getByLabel("Dataset id (optional)").fill("bods-fi");
      await panel.getByRole("button", { name: "Import", exact: true }).click();
      const status = panel
        .getByRole("region", { name: "Import", exact: true })
        .locator(".import-headline");
      await expect.poll(() => status.textContent(), SLOW).toMatch(/^bods-fi imported as BODS/);
      const listed = panel.locator('[data-dataset-id="bods-fi"]');
      await listed.waitFor(PATIENCE);
      expect(await listed.locator(".dataset-files").textContent()).toContain(
        "bods-package-fi-soe.json",
      );
      expect(await listed.locator(".dataset-facts").textContent()).toMatch(/4 entities/);

      const title = (await listed.locator(".dataset-title").textContent()) ?? "";

      // Walk its chain: who owns Gasgrid?
      await page.getByRole("button", { name: /^Close Data/ }).click();
      const box = page.getByRole("combobox", { name: "Search entities" });
      await box.fill("Gasgrid");
      const results = page.getByRole("listbox", { name: "Search results" });
      await results.getByRole("option", { name: /Gasgrid Finland Oy/ }).click();
      const evidence = page.getByRole("complementary", { name: "Evidence" });
      await evidence.getByRole("heading", { name: "Gasgrid Finland Oy" }).waitFor(PATIENCE);
      await evidence.getByRole("button", { name: "Who owns / controls this?" }).click();
      const chain = evidence.getByRole("region", { name: "Owners and controllers" });
      await chain
        .getByRole("button", { name: /Valtiovarainministerio|Suomen tasavalta/ })
        .first()
        .waitFor(PATIENCE);
      // The evidence names the dataset of each claim, by its title.
      await chain.locator(".claim-dataset").first().waitFor();
      const named = await chain.locator(".claim-dataset").allTextContents();
      expect(named.length).toBeGreaterThan(0);
      for (const text of named) expect(text).toBe(`dataset: ${title}`);

      // Remove it, after a confirmation.
      const again = await openDataPanel(page);
      const row = again.locator('[data-dataset-id="bods-fi"]');
      await row.getByRole("button", { name: "Remove…" }).click();
      await row.getByRole("button", { name: "Remove bods-fi" }).click();
      await expect
        .poll(() => again.locator('[data-dataset-id="bods-fi"]').count(), PATIENCE)
        .toBe(0);
      await box.fill("Gasgrid");
      await results.getByText('No entity matches "Gasgrid".').waitFor(PATIENCE);
      expect(errors).toEqual([]);
      await page.close();
    },
    E2E_TIMEOUT,
  );
});
