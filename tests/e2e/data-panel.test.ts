import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../server/config";
import { launchChromium, openPage } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

/** Cold queries on a fresh test database can take seconds: poll patiently. */
const PATIENCE = { timeout: 20_000 };

const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "data-panel.png");

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
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
  it("lists the seed (not removable), and answers a file no format reads with a clear error, as text", async () => {
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
    const name = "<b>notes</b>.txt";
    await panel.getByLabel("Files to import", { exact: true }).setInputFiles({
      name,
      mimeType: "text/plain",
      buffer: Buffer.from("<script>window.hacked = true</script> just some notes\n"),
    });
    await panel.getByRole("list", { name: "Files chosen" }).getByText(name).waitFor();
    await panel.getByRole("button", { name: "Import", exact: true }).click();
    const alert = panel.getByRole("alert");
    await expect.poll(() => alert.textContent(), PATIENCE).toMatch(/Could not tell the format of/);
    expect(await alert.textContent()).toContain(name);
    expect(await panel.locator("b").count()).toBe(0);
    expect(await page.evaluate(() => "hacked" in window)).toBe(false);
    // Nothing was imported: the seed is still the only dataset.
    expect(await panel.locator("[data-dataset-id]").count()).toBe(1);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await page.close();
  });

  it("hides a dataset from the canvas, search and chains, keeps it in the link, and shows it again", async () => {
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
    await results.getByRole("option", { name: /Aisino Corporation/ }).waitFor(PATIENCE);
    await page.close();
  });
});
