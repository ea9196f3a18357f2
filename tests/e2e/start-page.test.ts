import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../server/config";
import { START_PAGE_ABOVE_ENTITIES } from "../../app/explorer/start/large-graph";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

// A graph larger than a canvas stays interactive with opens on the start page: the datasets'
// summaries and search, no overview. Test-only data, removed afterwards: a state agency owns a
// group, which owns 12 holding companies of 500 companies each; 11 independent owners hold one
// company each.
const TAG = "start-page-e2e";
const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "start-page.png");
const PATIENCE = { timeout: 30_000 };
const COMPANIES = 6_000;
const ENTITIES = 2 + 12 + COMPANIES + 11;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
  const properties = "dataset: $tag, firmness: 'reported', sourceIds: [], quotes: []";
  await server.driver.executeQuery(
    `CREATE (state:Entity:PublicBody { id: 'sp-state', caption: 'Startland State Agency', dataset: $tag })
     CREATE (group:Entity:Company { id: 'sp-group', caption: 'Startland Group Holdings', dataset: $tag })
     CREATE (state)-[:OWNS { id: 'sp-owns-group', shareExact: 100.0, ${properties} }]->(group)
     WITH group
     UNWIND range(1, 12) AS h
     CREATE (holding:Entity:Company { id: 'sp-holding-' + h, caption: 'Startland Holding ' + h, dataset: $tag })
     CREATE (group)-[:OWNS { id: 'sp-owns-holding-' + h, shareExact: 100.0, ${properties} }]->(holding)
     WITH holding, h
     UNWIND range(1, $perHolding) AS c
     CREATE (company:Entity:Company { id: 'sp-co-' + h + '-' + c, caption: 'Startland Company ' + h + '-' + c, dataset: $tag })
     CREATE (holding)-[:OWNS { id: 'sp-owns-co-' + h + '-' + c, shareExact: 51.0, ${properties} }]->(company)`,
    { tag: TAG, perHolding: COMPANIES / 12 },
  );
  await server.driver.executeQuery(
    `UNWIND range(1, 11) AS i
     MATCH (company:Entity { id: 'sp-co-1-' + i })
     CREATE (owner:Entity:Person { id: 'sp-owner-' + i, caption: 'Independent Owner ' + i, dataset: $tag })
     CREATE (owner)-[:OWNS { id: 'sp-owns-minority-' + i, shareExact: 10.0, ${properties} }]->(company)`,
    { tag: TAG },
  );
  await server.driver.executeQuery(
    `CREATE (:Dataset { id: $tag, title: 'Startland register', format: 'test', version: '1',
       fileNames: [], fileChecksums: [], importedAt: '2026-11-29T00:00:00Z',
       sources: 0, entities: $entities, relationships: $relationships, citations: 0 })`,
    { tag: TAG, entities: ENTITIES, relationships: 1 + 12 + COMPANIES + 11 },
  );
});
afterAll(async () => {
  await server?.driver.executeQuery(
    "MATCH (n) WHERE n.dataset = $tag OR (n:Dataset AND n.id = $tag) DETACH DELETE n",
    { tag: TAG },
  );
  await releaseChromium();
  await server?.close();
});

async function entitiesOnScreen(page: Page): Promise<number> {
  const text = (await page.getByRole("status").textContent()) ?? "";
  return Number(/(\d+) entities on screen/.exec(text)?.[1] ?? Number.NaN);
}

describe("the start page of a large graph in Chromium", () => {
  it("opens on the summaries instead of drawing, says what each cap leaves out, and draws a pick", async () => {
    expect(ENTITIES).toBeGreaterThan(START_PAGE_ABOVE_ENTITIES);
    const { page, errors } = await openPage(browser, `${server.baseUrl}/`);
    const start = page.getByRole("region", { name: "Start page" });
    await start.waitFor(PATIENCE);
    expect(await entitiesOnScreen(page)).toBe(0);
    await expect
      .poll(() => start.textContent(), PATIENCE)
      .toMatch(/This graph holds [\d,]+ entities/);

    const card = start.getByRole("article", { name: `Dataset ${TAG}` });
    const groups = card.getByRole("region", { name: "Largest groups" });
    await groups.getByRole("button", { name: /Startland State Agency/ }).waitFor(PATIENCE);
    const firstGroup = await groups.getByRole("listitem").first().textContent();
    expect(firstGroup).toContain("Startland State Agency");
    // The group, its 12 holdings and their 6,000 companies.
    expect(firstGroup).toContain("6,013 entities below");

    const most = card.getByRole("region", { name: "Most holdings" });
    expect(await most.getByRole("listitem").first().textContent()).toContain("Startland Holding 1");
    // 1 agency + 1 group + 12 holdings + 11 owners hold others; 10 are listed.
    expect(await most.textContent()).toContain("and 15 more holders");
    const parents = card.getByRole("region", { name: "Ultimate parents" });
    // The agency and the 11 independent owners.
    expect(await parents.textContent()).toContain("and 2 more ultimate parents");
    expect(await card.textContent()).toContain("6,013 Company");
    await page.screenshot({ path: SCREENSHOT });

    await groups.getByRole("button", { name: /Startland State Agency/ }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    expect(await start.count()).toBe(0);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Startland State Agency" }).waitFor(PATIENCE);
    expect(errors).toEqual([]);
  });
});
