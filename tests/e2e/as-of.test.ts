// "As of a date" in Chromium: BODS 0.4's tecido.json (tests/fixtures/bods/ATTRIBUTION.md)
// imported, its chain up opened, a past day set in the As of control: the owners change to
// those of that day, the address keeps the day, and the copied address opens the same past.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { PROJECT_ROOT } from "../../server/config";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { removeImportedDatasets } from "../support/imported-datasets";
import { testDatabase } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

const PATIENCE = { timeout: 20_000 };
const E2E_TIMEOUT = 240_000;
const DATASET = "e2e-tecido";
const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "as-of-changes.png");
const COMPANY = `${DATASET}:01B68D7633`;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  const file = fileURLToPath(new URL("../fixtures/bods/0.4/tecido.json", import.meta.url));
  const outcome = await runDatasetImport(server.driver, testDatabase(), {
    files: [await localImportFile(file)],
    format: "bods",
    datasetId: DATASET,
  });
  expect(outcome.report.errorCount).toBe(0);
  browser = await sharedChromium();
});
afterAll(async () => {
  await releaseChromium();
  if (server) await removeImportedDatasets(server.driver, (id) => id === DATASET);
  await server?.close();
});

const chainOf = (page: Page) =>
  page
    .getByRole("complementary", { name: "Evidence" })
    .getByRole("region", { name: "Owners and controllers" });

/**
 * The chain's ends as "name: economic share", read in one go: reading them one by one, an end
 * that leaves while the list is read (the day changed) made Playwright wait 30 s for it.
 */
async function ends(chain: Locator): Promise<string[]> {
  const texts = await chain
    .locator(".chain-end")
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.querySelector("button.link-button")?.textContent ?? ""}: ${
            item.querySelector('[data-figure="economic"] .chain-share')?.textContent ?? ""
          }`,
      ),
    );
  return texts.sort();
}

describe("the explorer as of a day, in Chromium", () => {
  it(
    "shows the owners of that day, keeps the day in the address, and a copied link opens the same past",
    async () => {
      const id = encodeURIComponent(COMPANY);
      const { page, errors } = await openPage(
        browser,
        `${server.baseUrl}/?e=${id}&s=${id}&f=up:${id}`,
      );
      // Latest: Maria Esteves's record was closed on 2023-03-03; Shear Trust holds 80 %.
      const chain = chainOf(page);
      await chain.getByRole("button", { name: "Shear Trust" }).waitFor(PATIENCE);
      expect(await ends(chain)).toEqual(["Shear Trust: 80%"]);

      const control = page.getByRole("group", { name: "As of" });
      await control.locator('input[type="date"]').fill("2022-01-01");
      await chain.getByRole("button", { name: "Maria Esteves" }).waitFor(PATIENCE);
      expect(await ends(chain)).toEqual(["Maria Esteves: 40%", "Shear Trust: 60%"]);
      expect(page.url()).toMatch(/[?&]t=2022-01-01(&|$)/);

      const copy = await openPage(browser, page.url());
      const copied = chainOf(copy.page);
      await copied.getByRole("button", { name: "Maria Esteves" }).waitFor(PATIENCE);
      expect(await ends(copied)).toEqual(["Maria Esteves: 40%", "Shear Trust: 60%"]);
      expect(
        await copy.page.getByRole("group", { name: "As of" }).locator("input").inputValue(),
      ).toBe("2022-01-01");
      await copy.page.close();

      // Back to the latest: the closed record leaves again.
      await control.getByRole("button", { name: "Latest" }).click();
      await expect.poll(() => ends(chain), PATIENCE).toEqual(["Shear Trust: 80%"]);
      expect(page.url()).not.toMatch(/[?&]t=/);

      // What changed between two days: listed, and the canvas seen as of the second day.
      const evidence = page.getByRole("complementary", { name: "Evidence" });
      const form = evidence.getByRole("form", { name: "What changed" });
      await form.getByLabel("Changes from").fill("2021-01-01");
      await form.getByLabel("to", { exact: true }).fill("2023-06-01");
      await form.getByRole("button", { name: "What changed?" }).click();
      const changes = evidence.getByRole("region", { name: "Changes" });
      await changes.getByRole("heading", { name: /^Appeared/ }).waitFor(PATIENCE);
      await changes.getByRole("heading", { name: /^Ended/ }).waitFor();
      expect(await changes.locator(".changes-appeared").textContent()).toContain("Shear Trust");
      expect(await changes.locator(".changes-ended").textContent()).toContain("Maria Esteves");
      expect(page.url()).toMatch(/[?&]t=2023-06-01(&|$)/);
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.waitForTimeout(1_000); // let the layout settle for the picture
      await page.screenshot({ path: SCREENSHOT });
      await changes.getByRole("button", { name: "Close" }).click();

      // Owners over time: a strip per holder; a click on it sets the day.
      await evidence.getByRole("button", { name: "Owners over time" }).click();
      const timeline = evidence.getByRole("figure", { name: "Owners over time" });
      await timeline.waitFor(PATIENCE);
      const strip = await timeline.locator("svg").textContent();
      expect(strip).toContain("Maria Esteves");
      expect(strip).toContain("Shear Trust");
      await timeline.locator("svg").click({ position: { x: 200, y: 30 } });
      await expect.poll(() => page.url(), PATIENCE).toMatch(/[?&]t=\d{4}-\d{2}-\d{2}(&|$)/);
      expect(errors).toEqual([]);
      await page.close();
    },
    E2E_TIMEOUT,
  );
});
