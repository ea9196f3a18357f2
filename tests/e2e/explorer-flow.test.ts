import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../server/config";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

/** Cold queries on a fresh test database can take seconds: poll patiently. */
const PATIENCE = { timeout: 20_000 };

const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "explorer.png");

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
});
afterAll(async () => {
  await releaseChromium();
  await server?.close();
});

const onScreen = (page: Page) => page.getByRole("status").filter({ hasText: /entities on screen/ });

async function entitiesOnScreen(page: Page): Promise<number> {
  const text = (await onScreen(page).textContent()) ?? "";
  return Number(/(\d+) entities on screen/.exec(text)?.[1] ?? Number.NaN);
}

/** The camera (x, y, ratio) once it has stopped moving. */
async function settledCamera(page: Page): Promise<[number, number, number]> {
  const canvas = page.getByTestId("graph-canvas");
  let last = "";
  for (let attempt = 0; attempt < 50; attempt++) {
    const now = (await canvas.getAttribute("data-camera")) ?? "";
    const [x = Number.NaN, y = Number.NaN, ratio = Number.NaN] = now.split(" ").map(Number);
    if (now === last) return [x, y, ratio];
    last = now;
    await page.waitForTimeout(200);
  }
  throw new Error(`the camera did not settle: ${last}`);
}

async function search(page: Page, text: string) {
  const box = page.getByRole("combobox", { name: "Search entities" });
  await box.fill(text);
  return page.getByRole("listbox", { name: "Search results" });
}

describe("the explorer in Chromium", () => {
  it("finds Aisino, expands it, climbs to the State Council with citations; a link restores it", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await onScreen(page).waitFor();
    await page.getByRole("button", { name: "Clear canvas" }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(0);

    // Find: by its Chinese short name, then by its English name.
    const chinese = await search(page, "航天信息");
    await chinese.getByRole("option", { name: /Aisino Corporation/ }).waitFor();
    const results = await search(page, "Aisino");
    const option = results.getByRole("option", { name: /Aisino Corporation/ });
    await expect.poll(() => option.textContent(), PATIENCE).toMatch(/Company.*600271/);
    await option.click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();
    await panel.getByText("航天信息股份有限公司").first().waitFor();

    // Grow: expand its neighbours.
    await panel.getByRole("button", { name: "Expand neighbours" }).click();
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBeGreaterThan(10);
    await expect
      .poll(() => page.getByTestId("expand-status").textContent(), PATIENCE)
      .toMatch(/all \d+ relationships shown/);

    // Climb: who controls its Hong Kong subsidiary?
    await panel
      .getByRole("button", { name: /Hong Kong subsidiary/ })
      .first()
      .click();
    await panel.getByRole("heading", { name: /Hong Kong subsidiary/ }).waitFor();
    await panel.getByText("unknown", { exact: true }).first().waitFor();
    await panel.getByRole("button", { name: "Who owns / controls this?" }).click();
    const chain = panel.getByRole("region", { name: "Owners and controllers" });
    await chain.getByRole("button", { name: "State Council" }).waitFor();
    // Each owner's figures come named with their method, never as one mixed share.
    const figures = chain.locator(".chain-end").first().locator(".chain-figure");
    expect(await figures.locator("dt").allTextContents()).toEqual([
      "Economic share",
      "Stake under control",
    ]);
    expect(await figures.locator(".chain-method").allTextContents()).toEqual([
      "counted once along simple paths",
      "held by it and the entities it controls",
    ]);
    await expect
      .poll(() => page.locator(".canvas-frame").getAttribute("data-focus-ends"), PATIENCE)
      .toMatch(/\bstate-council\b/);
    expect(await page.getByRole("radio", { name: "Hierarchy" }).getAttribute("aria-checked")).toBe(
      "true",
    );
    // Citations: the Radio Free Asia article, linked, with its quote and the claim's firmness.
    const source = chain.getByRole("link", { name: /Chinese smart card firm/ }).first();
    expect(await source.getAttribute("href")).toMatch(/^https:\/\/americanmilitarynews\.com\//);
    expect(await source.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await chain.locator(".citation-quote").count()).toBeGreaterThan(3);
    expect(await chain.locator(".firmness").count()).toBeGreaterThan(3);

    await page.waitForTimeout(1_500); // let the hierarchy animation and the camera settle
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Keep and share: the URL reopens the same picture.
    const url = page.url();
    expect(url).toMatch(/[?&]f=up:aisino-hong-kong-subsidiary/);
    const count = await entitiesOnScreen(page);
    const copy = await openPage(browser, url);
    await expect.poll(() => entitiesOnScreen(copy.page), PATIENCE).toBe(count);
    const copyPanel = copy.page.getByRole("complementary", { name: "Evidence" });
    await copyPanel
      .getByRole("region", { name: "Owners and controllers" })
      .getByRole("button", { name: "State Council" })
      .waitFor();
    await copyPanel
      .getByRole("heading", { name: /Hong Kong subsidiary/ })
      .first()
      .waitFor();
    expect(
      await copy.page.getByRole("radio", { name: "Hierarchy" }).getAttribute("aria-checked"),
    ).toBe("true");
    expect(copy.page.url()).toBe(url);
    await copy.page.close();

    // Undo steps back through the view changes.
    await page.getByRole("button", { name: /Undo/ }).click();
    expect(page.url()).not.toMatch(/f=up/);
    await page.getByRole("button", { name: /Redo/ }).click();
    expect(page.url()).toMatch(/f=up:aisino-hong-kong-subsidiary/);

    // The browser's back and forward buttons step through the same views.
    const redoButton = page.getByRole("button", { name: /Redo/ });
    const focusEnds = () => page.locator(".canvas-frame").getAttribute("data-focus-ends");
    expect(await redoButton.isEnabled()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/f=up/);
    await expect.poll(() => redoButton.isEnabled()).toBe(true);
    await expect.poll(focusEnds).not.toMatch(/\bstate-council\b/);
    await page.goForward();
    await expect.poll(() => page.url()).toMatch(/f=up:aisino-hong-kong-subsidiary/);
    await expect.poll(focusEnds, PATIENCE).toMatch(/\bstate-council\b/);
    expect(await redoButton.isEnabled()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("keeps where the force layout left the entities in the link, and reopens them there", async () => {
    const { page, errors } = await openPage(
      browser,
      `${server.baseUrl}/?e=aisino,casic,sasac&s=aisino`,
    );
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(3);
    // Once the layout has settled, the address holds the places (q=id:x:y,...).
    await expect.poll(() => page.url(), PATIENCE).toMatch(/[?&]q=[^&]*casic:/);
    await expect.poll(() => onScreen(page).textContent()).not.toMatch(/arranging/);
    const url = page.url();
    // The copy opens where the original stopped and does not lay out again: its address stays
    // the same (a new layout would leave other places and write them).
    const runs = (target: Page) => onScreen(target).getAttribute("data-layout-runs");
    expect(Number(await runs(page))).toBeGreaterThan(0);
    const copy = await openPage(browser, url);
    await expect.poll(() => entitiesOnScreen(copy.page), PATIENCE).toBe(3);
    await copy.page.waitForTimeout(1_500);
    expect(copy.page.url()).toBe(url);
    expect(await runs(copy.page)).toBe("0");
    await copy.page.close();
    expect(errors).toEqual([]);
  });

  it("pans and zooms by moving the drawn picture (software WebGL here), keeping the selection", async () => {
    const { page, errors } = await openPage(browser, `${server.baseUrl}/?e=aisino&s=aisino`);
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(1);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();
    const canvas = page.getByTestId("graph-canvas");
    // Chromium on this machine rasterises WebGL with SwiftShader.
    expect(await canvas.getAttribute("data-pan")).toBe("picture");
    const before = await settledCamera(page);
    const box = await canvas.boundingBox();
    if (!box) throw new Error("the canvas has no box");
    // The top-left corner is clear of the one entity, drawn in the middle.
    const from = { x: box.x + 20, y: box.y + 20 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(from.x + step * 12, from.y + step * 6);
    }
    const nodes = page.locator("canvas.sigma-nodes");
    const transform = () => nodes.evaluate((layer) => layer.style.transform);
    // While dragging, the drawn layers move and the camera waits.
    expect(await transform()).toBe("translate(120px, 60px) scale(1)");
    expect(await settledCamera(page)).toEqual(before);
    // The moved picture stays inside the stage: the evidence panel beside it is not covered.
    const panelBox = await panel.boundingBox();
    if (!panelBox) throw new Error("the panel has no box");
    const covering = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("aside, canvas")?.tagName,
      { x: panelBox.x + 10, y: panelBox.y + 60 },
    );
    expect(covering).toBe("ASIDE");
    await page.mouse.up();
    // On release the camera moves once and the view is drawn where it is, without the shift.
    await expect.poll(transform, PATIENCE).toBe("");
    const [x0, y0, ratio0] = before;
    const [x1, y1, ratio1] = await settledCamera(page);
    expect(x1).toBeLessThan(x0); // the picture went right: the camera went left
    expect(y1).not.toBe(y0);
    expect(ratio1).toBe(ratio0);
    // The release is not a click on the empty stage: the selection stays.
    await page.waitForTimeout(200);
    expect(page.url()).toMatch(/[?&]s=aisino/);
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();

    // The wheel scales the picture about the mouse; the camera follows once the wheel rests.
    // (Every transform the layer takes is recorded: the scaled one lasts only while it rests.)
    await nodes.evaluate((layer) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(layer.style.transform)).observe(layer, {
        attributeFilter: ["style"],
      });
      (layer as HTMLElement & { seen?: string[] }).seen = seen;
    });
    await page.mouse.move(box.x + 100, box.y + 80);
    await page.mouse.wheel(0, -100);
    await expect.poll(transform, PATIENCE).toBe("");
    const seen = await nodes.evaluate((layer) => (layer as HTMLElement & { seen?: string[] }).seen);
    expect(seen?.some((css) => /scale\(1\.7/.test(css))).toBe(true);
    const [, , ratio2] = await settledCamera(page);
    expect(ratio2).toBeCloseTo(ratio1 / 1.7, 3);
    // A double click on the empty stage zooms in the same way, by sigma's double-click ratio.
    await page.mouse.dblclick(box.x + 30, box.y + 30);
    await expect.poll(transform, PATIENCE).toBe("");
    const [, , ratio3] = await settledCamera(page);
    expect(ratio3).toBeCloseTo(ratio2 / 2.2, 3);
    const seenAfter = await nodes.evaluate(
      (layer) => (layer as HTMLElement & { seen?: string[] }).seen,
    );
    expect(seenAfter?.some((css) => /scale\(2\.2/.test(css))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("shows search text that looks like markup as text, and says when nothing matches", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await onScreen(page).waitFor();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const results = await search(page, "<img src=x onerror=alert(1)><script>alert(2)</script>");
    await results.getByText(/No entity matches "<img src=x onerror=alert\(1\)>/).waitFor();
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it("says when Neo4j is down and keeps what is on screen", async () => {
    const { page, errors } = await openPage(browser, `${server.baseUrl}/?e=aisino,casic&s=aisino`);
    await expect.poll(() => entitiesOnScreen(page), PATIENCE).toBe(2);
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();
    await page.route("**/api/**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "ServiceUnavailable",
            message: "Neo4j is not available right now: connection refused.",
          },
        }),
      }),
    );
    await panel.getByRole("button", { name: "Who owns / controls this?" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText(/Neo4j is not available right now.*What is on screen stays/).waitFor();
    await panel.getByRole("button", { name: "Expand neighbours" }).click();
    await alert.waitFor();
    expect(await entitiesOnScreen(page)).toBe(2);
    await panel.getByRole("heading", { name: "Aisino Corporation" }).waitFor();
    const results = await search(page, "Aisino");
    await results.getByText(/Search failed: Neo4j is not available right now/).waitFor();
    // The browser logs the failed requests; nothing else may go wrong.
    expect(errors.filter((error) => !/503/.test(error))).toEqual([]);
  });
});
