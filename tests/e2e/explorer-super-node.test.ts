import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

// Test-only data, removed afterwards: one company holding 3,000 others.
const TAG = "explorer-super-node-e2e";
const HOLDINGS = 3_000;
const PATIENCE = { timeout: 20_000 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
  await server.driver.executeQuery(
    `CREATE (hub:Entity:Company { id: 'e2e-hub', caption: 'Super holding', dataset: $tag })
     WITH hub
     UNWIND range(1, $count) AS i
     CREATE (held:Entity:Company { id: 'e2e-held-' + i, caption: 'Holding ' + i, dataset: $tag })
     CREATE (hub)-[:OWNS { id: 'e2e-owns-' + i, shareExact: toFloat(i % 100), firmness: 'inferred',
       sourceIds: [], quotes: [], dataset: $tag }]->(held)`,
    { tag: TAG, count: HOLDINGS },
  );
});
afterAll(async () => {
  await server?.driver.executeQuery("MATCH (n { dataset: $tag }) DETACH DELETE n", { tag: TAG });
  await releaseChromium();
  await server?.close();
});

async function entitiesOnScreen(page: Page): Promise<number> {
  const text = (await page.getByRole("status").textContent()) ?? "";
  return Number(/(\d+) entities on screen/.exec(text)?.[1] ?? Number.NaN);
}

describe("a super-node in Chromium", () => {
  it("expands in pages with an honest count, and the page keeps answering", async () => {
    const { page, errors } = await openPage(browser, `${server.baseUrl}/?e=e2e-hub&s=e2e-hub`);
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Super holding" }).waitFor();
    await panel.getByRole("button", { name: "Expand neighbours" }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(51);
    const status = page.getByTestId("expand-status");
    expect(await status.textContent()).toBe("2,950 more of 3,000 relationships");
    await panel.getByRole("button", { name: "Load more neighbours" }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(101);
    expect(await status.textContent()).toBe("2,900 more of 3,000 relationships");

    // While the force layout runs (in a worker), the main thread stays free.
    const lag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          setTimeout(() => resolve(performance.now() - started - 50), 50);
        }),
    );
    expect(lag).toBeLessThan(200);

    await panel.getByRole("button", { name: "Collapse" }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    expect(errors).toEqual([]);
  });
});
