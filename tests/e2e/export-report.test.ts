import { mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

/**
 * The "done when": in the explorer, open a checkpoint, climb its chain to the State
 * Council, export the report, open it, and see the picture, the chain with its shares (unknown
 * where unknown) and a footnote for every link drawn. Also the canvas as SVG and PNG.
 */

const PATIENCE = { timeout: 20_000 };
const SCREENSHOT = path.join(PROJECT_ROOT, "docs", "screenshots", "report.png");

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let downloads: string;

beforeAll(async () => {
  server = await startTestServer();
  browser = await sharedChromium();
  downloads = await mkdtemp(path.join(os.tmpdir(), "ownergraph-export-e2e-"));
  ({ page, errors } = await openPage(browser, server.baseUrl));
});
afterAll(async () => {
  await releaseChromium();
  await server?.close();
  await rm(downloads, { recursive: true, force: true });
});

async function exportAs(format: string, pngScale?: string): Promise<string> {
  await page.getByRole("toolbar", { name: "View" }).getByTestId("export-menu").click();
  if (pngScale) await page.getByTestId("export-png-scale").selectOption(pngScale);
  const [download] = await Promise.all([
    page.waitForEvent("download", PATIENCE) as Promise<Download>,
    page.getByTestId(`export-format-${format}`).click(),
  ]);
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The chain as the canvas labels it (long names by their short form). */
const CHAIN = ["State Council", "SASAC", "CASIC", "Aisino Corporation", "West Kowloon Station"];

describe("export from the explorer in Chromium", () => {
  it("climbs from West Kowloon Station to the State Council", async () => {
    await page
      .getByRole("status")
      .filter({ hasText: /entities on screen/ })
      .waitFor();
    await page.getByRole("button", { name: "Clear canvas" }).click();
    await page.getByRole("combobox", { name: "Search entities" }).fill("West Kowloon");
    await page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option", { name: /West Kowloon Station/ })
      .first()
      .click();
    const panel = page.getByRole("complementary", { name: "Evidence" });
    await panel.getByRole("heading", { name: "West Kowloon Station" }).waitFor(PATIENCE);
    await panel.getByRole("button", { name: "Who owns / controls this?" }).click();
    const chain = panel.getByRole("region", { name: "Owners and controllers" });
    await chain.getByRole("button", { name: "State Council" }).waitFor(PATIENCE);
    await page.waitForTimeout(1_500); // the hierarchy layout and the camera settle
  });

  it("exports the report: picture, chains with shares, a footnote for every link drawn", async () => {
    const file = await exportAs("html");
    expect(path.basename(file)).toBe("who-owns-and-controls-west-kowloon-station.html");
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<link |src="http/i);

    const report = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const requests: string[] = [];
    report.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    await report.goto(pathToFileURL(file).href);
    await report
      .getByRole("heading", { name: "Who owns and controls West Kowloon Station" })
      .waitFor();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await report.screenshot({ path: SCREENSHOT });

    // The picture: the canvas's nodes, with every chain member labelled.
    const picture = report.locator("figure svg");
    expect(await picture.count()).toBe(1);
    const labels = await picture.locator("text.node-label").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(CHAIN));

    // The chain up to the State Council, each step with its share: OWNS without one reads unknown.
    const chains = report.locator("ol.chains > li");
    const titles = await chains.locator("h3").allTextContents();
    expect(titles.some((title) => title.startsWith("State Council → West Kowloon Station"))).toBe(
      true,
    );
    const steps = await chains.locator("ol > li").allTextContents();
    expect(steps.some((step) => /→ Aisino Corporation: unknown\d+$/.test(step))).toBe(true);
    expect(steps.some((step) => /: supplies\d+$/.test(step))).toBe(true);
    // The owner's figures, each named with its method; never one "effective share".
    const figures = await chains.first().locator("p.figure").allTextContents();
    expect(figures[0]).toMatch(/^Economic share \(counted once along simple paths\): /);
    expect(figures.at(-1)).toMatch(
      /^Stake under control \(held by it and the entities it controls\): /,
    );

    // Every link drawn carries a footnote number, and every footnote cites its sources.
    const drawn = await picture.locator("g.edges > g").count();
    const edgeLabels = await picture.locator("text.edge-label").allTextContents();
    expect(drawn).toBeGreaterThanOrEqual(6);
    expect(edgeLabels).toHaveLength(drawn);
    for (const label of edgeLabels) {
      const number = /\[(\d+)\]$/.exec(label)?.[1];
      expect(number, label).toBeDefined();
      const footnote = report.locator(`li#fn-${number}`);
      expect(await footnote.count()).toBe(1);
      expect(await footnote.locator("cite").count(), `footnote ${number}`).toBeGreaterThan(0);
    }
    expect(await report.locator(".footnotes ol > li").count()).toBe(drawn);
    expect(requests).toEqual([]);
    await report.close();
  });

  it("exports the canvas as SVG (positions and labels as shown) and PNG at 2×", async () => {
    const svg = readFileSync(await exportAs("svg"), "utf8");
    const box = await page.getByTestId("graph-canvas").boundingBox();
    expect(svg).toMatch(new RegExp(`<svg [^>]*width="${Math.round(box?.width ?? 0)}"`));
    const shown = [...svg.matchAll(/<text class="node-label"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(shown).toEqual(expect.arrayContaining(["State Council", "West Kowloon Station"]));
    // Control links (State Council → SASAC, CASIC) are dashed, as on the canvas.
    expect(svg).toMatch(/<line [^>]*stroke="#c0392b"[^>]*stroke-dasharray="7 5"/);

    const png = readFileSync(await exportAs("png", "2"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(Math.round((box?.width ?? 0) * 2));
  });

  it("exports a console result from the console's own Export menu", async () => {
    await page.getByRole("button", { name: "Cypher console" }).click();
    const consolePanel = page.getByTestId("console-panel");
    await consolePanel.getByTestId("console-run").waitFor();
    // Sigma resizes its canvases on window resize only; until the canvas frame follows its
    // container, its mouse layer overlaps the opened drawer. A resize puts it back in place.
    await page.setViewportSize({ width: 1400, height: 901 });
    await consolePanel.getByTestId("console-run").click();
    await consolePanel.getByTestId("console-result-line").waitFor(PATIENCE);
    await consolePanel.getByTestId("export-menu").click();
    const [download] = await Promise.all([
      page.waitForEvent("download", PATIENCE) as Promise<Download>,
      consolePanel.getByTestId("export-format-graphml").click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(path.basename(file)).toBe("cypher-query-result.graphml");
    expect(readFileSync(file, "utf8")).toMatch(/<edge id="[^"]+" source=/);
    expect(errors).toEqual([]);
  });
});
