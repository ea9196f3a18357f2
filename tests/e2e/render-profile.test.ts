import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { RELATIONSHIP_KIND_LOOKS, nodeStyle } from "../../domain/model";
import { launchChromium, openPage } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

// Test-only data, removed afterwards: 2,100 entities of three types in a chain of ownership,
// every tenth also controlling the next but one: more than the software profile's sizes.
const TAG = "render-profile-e2e";
const ENTITIES = 2_100;
// And one link between two entities, for clicking.
const PAIR_TAG = "render-profile-pair-e2e";
const PATIENCE = { timeout: 60_000 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  // One statement per type, written out: labels are never spliced into a query.
  const creates = [
    "CREATE (:Entity:Company { id: 'rp-' + i, caption: 'Render ' + i, dataset: $tag })",
    "CREATE (:Entity:Person { id: 'rp-' + i, caption: 'Render ' + i, dataset: $tag })",
    "CREATE (:Entity:PublicBody { id: 'rp-' + i, caption: 'Render ' + i, dataset: $tag })",
  ];
  for (const [rest, create] of creates.entries()) {
    await server.driver.executeQuery(
      `UNWIND [i IN range(1, $count) WHERE i % 3 = $rest] AS i ${create}`,
      { tag: TAG, count: ENTITIES, rest },
    );
  }
  await server.driver.executeQuery(
    `UNWIND range(1, $count - 1) AS i
     MATCH (a:Entity { id: 'rp-' + i }), (b:Entity { id: 'rp-' + (i + 1) })
     CREATE (a)-[:OWNS { id: 'rp-owns-' + i, shareExact: toFloat(i % 100), firmness: 'inferred',
       sourceIds: [], quotes: [], dataset: $tag }]->(b)
     WITH i, a WHERE i % 10 = 0 AND i + 2 <= $count
     MATCH (c:Entity { id: 'rp-' + (i + 2) })
     CREATE (a)-[:CONTROLS { id: 'rp-controls-' + i, firmness: 'inferred', sourceIds: [],
       quotes: [], dataset: $tag }]->(c)`,
    { tag: TAG, count: ENTITIES },
  );
  await server.driver.executeQuery(
    `CREATE (:Entity:Company { id: 'rp-pair-owner', caption: 'Pair Owner', dataset: $tag })
       -[:OWNS { id: 'rp-pair-owns', shareExact: 80.0, firmness: 'inferred', sourceIds: [],
         quotes: [], dataset: $tag }]->
       (:Entity:Company { id: 'rp-pair-owned', caption: 'Pair Owned', dataset: $tag })`,
    { tag: PAIR_TAG },
  );
});
afterAll(async () => {
  for (const tag of [TAG, PAIR_TAG]) {
    await server?.driver.executeQuery("MATCH (n { dataset: $tag }) DETACH DELETE n", { tag });
  }
  await browser?.close();
  await server?.close();
});

/** Puts every test entity and link of a dataset on the canvas through the Cypher console. */
async function showTestGraph(page: Page, tag = TAG): Promise<void> {
  await page.getByRole("button", { name: "Cypher console" }).click();
  await page.locator('[data-testid="console-run"]').waitFor();
  await page.getByLabel("replace canvas").check();
  await page.locator('[data-testid="console-editor"] .cm-content').click();
  // The editor opens on an example query: replace it.
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(`MATCH (a:Entity { dataset: '${tag}' })-[r]->(b) RETURN a, r, b`);
  await page.locator('[data-testid="console-run"]').click();
  await page.locator('[data-testid="console-table"]').waitFor(PATIENCE);
  await page.getByRole("button", { name: "Close Cypher console" }).click();
}

/** How many pixels of the canvas's picture are within 3 of each colour (#rrggbb). */
async function pixelsOf(page: Page, colours: readonly string[]): Promise<number[]> {
  const png = (await page.getByTestId("graph-canvas").screenshot()).toString("base64");
  return page.evaluate(
    async ({ data, wanted }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const targets = wanted.map((hex) =>
        [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)),
      );
      const counts = targets.map(() => 0);
      for (let i = 0; i < pixels.length; i += 4) {
        targets.forEach(([r = 0, g = 0, b = 0], index) => {
          const near =
            Math.abs((pixels[i] ?? 0) - r) <= 3 &&
            Math.abs((pixels[i + 1] ?? 0) - g) <= 3 &&
            Math.abs((pixels[i + 2] ?? 0) - b) <= 3;
          if (near) counts[index] = (counts[index] ?? 0) + 1;
        });
      }
      return counts;
    },
    { data: png, wanted: colours },
  );
}

/**
 * A point of the page deep inside a line of this colour (#rrggbb) on the canvas: of the pixels
 * whose neighbours within 2 pixels all have the colour, the one nearest the middle of them all.
 */
async function pointInLine(page: Page, colour: string): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId("graph-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the canvas has no box");
  const png = (await canvas.screenshot()).toString("base64");
  const point = await page.evaluate(
    async ({ data, hex }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.drawImage(image, 0, 0);
      const { width, height } = canvas;
      const pixels = context.getImageData(0, 0, width, height).data;
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
      const is = (x: number, y: number) => {
        const i = 4 * (y * width + x);
        return (
          Math.abs((pixels[i] ?? 0) - r) <= 3 &&
          Math.abs((pixels[i + 1] ?? 0) - g) <= 3 &&
          Math.abs((pixels[i + 2] ?? 0) - b) <= 3
        );
      };
      const inside: { x: number; y: number }[] = [];
      for (let y = 2; y < height - 2; y++) {
        for (let x = 2; x < width - 2; x++) {
          let all = true;
          for (let dy = -2; dy <= 2 && all; dy++) {
            for (let dx = -2; dx <= 2 && all; dx++) all = is(x + dx, y + dy);
          }
          if (all) inside.push({ x, y });
        }
      }
      if (inside.length === 0) return null;
      const mean = (pick: (p: { x: number; y: number }) => number) =>
        inside.reduce((sum, p) => sum + pick(p), 0) / inside.length;
      const middle = { x: mean((p) => p.x), y: mean((p) => p.y) };
      const distance = (p: { x: number; y: number }) => Math.hypot(p.x - middle.x, p.y - middle.y);
      return inside.reduce((best, p) => (distance(p) < distance(best) ? p : best));
    },
    { data: png, hex: colour },
  );
  if (!point) throw new Error(`no line of colour ${colour} on the canvas`);
  return { x: box.x + point.x + 0.5, y: box.y + point.y + 0.5 };
}

describe("the software render profile in Chromium (SwiftShader)", () => {
  it("switches on by itself, says what it simplifies, and still draws every entity, link and colour", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    const canvas = page.getByTestId("graph-canvas");
    await page
      .getByRole("status")
      .filter({ hasText: /entities on screen/ })
      .waitFor();
    // No GPU here: the automatic choice is the software profile.
    expect(await canvas.getAttribute("data-render-profile")).toBe("software");

    await showTestGraph(page);
    await page
      .getByRole("status")
      .filter({ hasText: `${ENTITIES} entities on screen` })
      .waitFor(PATIENCE);
    const links = ENTITIES - 1 + Math.floor((ENTITIES - 2) / 10);
    // The renderer draws every node and link after its reducers, the nodes as discs.
    await expect
      .poll(() => canvas.getAttribute("data-drawn"), PATIENCE)
      .toBe(`${ENTITIES} ${links}`);
    expect(await canvas.getAttribute("data-simplified")).toBe("discs");
    const note = page.getByTestId("render-profile").getByRole("note");
    expect(await note.textContent()).toMatch(
      /without a GPU.*plain discs in their type's colour.*Every entity, link and colour is still drawn/,
    );

    // The picture holds every entity type's colour and both kinds' colours.
    const colours = [
      nodeStyle("Company").colour,
      nodeStyle("Person").colour,
      nodeStyle("PublicBody").colour,
      RELATIONSHIP_KIND_LOOKS.ownership.colour,
      RELATIONSHIP_KIND_LOOKS.control.colour,
    ];
    await expect
      .poll(async () => (await pixelsOf(page, colours)).every((count) => count >= 20), PATIENCE)
      .toBe(true);

    // The user can pick the full drawing, and back.
    const select = page.getByTestId("render-profile").getByRole("combobox");
    await select.selectOption("full");
    await expect.poll(() => canvas.getAttribute("data-render-profile")).toBe("full");
    expect(await canvas.getAttribute("data-simplified")).toBe("");
    expect(await page.getByTestId("render-profile").getByRole("note").count()).toBe(0);
    await expect
      .poll(() => canvas.getAttribute("data-drawn"), PATIENCE)
      .toBe(`${ENTITIES} ${links}`);
    await select.selectOption("auto");
    await expect.poll(() => canvas.getAttribute("data-render-profile")).toBe("software");
    expect(errors).toEqual([]);
    // 2,100 entities laid out and drawn in software on a shared machine take their time.
  }, 300_000);

  it("draws link picking when the pointer needs it: a link clicked after a redraw, the mouse not moved, is selected", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    const canvas = page.getByTestId("graph-canvas");
    await page
      .getByRole("status")
      .filter({ hasText: /entities on screen/ })
      .waitFor();
    expect(await canvas.getAttribute("data-render-profile")).toBe("software");
    await showTestGraph(page, PAIR_TAG);
    await expect.poll(() => canvas.getAttribute("data-drawn"), PATIENCE).toBe("2 1");
    const nodes = page.locator("canvas.sigma-nodes");
    const settled = async () => {
      let last = "";
      for (let attempt = 0; attempt < 50; attempt++) {
        const now = (await canvas.getAttribute("data-camera")) ?? "";
        const moved = await nodes.evaluate((layer) => layer.style.transform);
        if (now === last && moved === "") return Number(now.split(" ")[2]);
        last = now;
        await page.waitForTimeout(300);
      }
      throw new Error(`the camera did not settle: ${last}`);
    };
    const ratio = await settled();
    const link = await pointInLine(page, RELATIONSHIP_KIND_LOOKS.ownership.colour);
    const selected = page.getByRole("region", { name: "Selected relationship" });

    // A click there (the mouse moves onto the link first) selects the link.
    await page.mouse.click(link.x, link.y);
    await selected.waitFor(PATIENCE);
    expect(await selected.textContent()).toMatch(/Pair Owner.*80/);
    await selected.getByRole("button", { name: "Close" }).click();
    await selected.waitFor({ state: "detached", ...PATIENCE });

    // Back on the link, the wheel zooms in about the mouse, so the link stays under it, and the
    // view is drawn anew once the wheel rests: that redraw leaves the links' picking undrawn.
    await page.mouse.move(link.x, link.y);
    await page.mouse.wheel(0, -100);
    await expect.poll(settled, PATIENCE).toBeLessThan(ratio);
    // Pressed and released without moving: the press draws the picking before sigma reads it.
    await page.mouse.down();
    await page.mouse.up();
    await selected.waitFor(PATIENCE);
    expect(await selected.textContent()).toMatch(/Pair Owner.*80/);

    // Hover: off the link, the wheel zooms out about the mouse and the view is redrawn; the
    // first move onto the link after that finds it.
    const box = await canvas.boundingBox();
    if (!box) throw new Error("the canvas has no box");
    const cursor = () => canvas.evaluate((stage) => stage.style.cursor);
    await page.mouse.move(box.x + 10, box.y + 10);
    await expect.poll(cursor, PATIENCE).toBe("");
    const zoomed = await settled();
    await page.mouse.wheel(0, 100);
    await expect.poll(settled, PATIENCE).toBeGreaterThan(zoomed);
    const moved = await pointInLine(page, RELATIONSHIP_KIND_LOOKS.ownership.colour);
    await page.mouse.move(moved.x, moved.y);
    await expect.poll(cursor, PATIENCE).toBe("pointer");
    expect(errors).toEqual([]);
  }, 120_000);
});
