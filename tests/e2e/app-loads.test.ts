import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

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

describe("the app in Chromium", () => {
  it("loads, draws the seed graph on the sigma canvas, and logs no errors", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    const status = page.getByRole("status").filter({ hasText: /entities on screen/ });
    await status.waitFor();
    // The overview leaves the address bar clean, also once its layout has settled.
    await expect
      .poll(async () => Number(await status.getAttribute("data-layout-runs")), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toMatch(/arranging/);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe("");
    // Sigma draws into stacked canvases; the WebGL ones must have a real size.
    const canvases = await page
      .locator('[data-testid="graph-canvas"] canvas')
      .evaluateAll((elements) =>
        elements.map((element) => ({
          width: (element as HTMLCanvasElement).width,
          height: (element as HTMLCanvasElement).height,
        })),
      );
    expect(canvases.length).toBeGreaterThanOrEqual(2);
    expect(canvases.every((canvas) => canvas.width > 100 && canvas.height > 100)).toBe(true);
    // The label canvas holds text only when nodes were drawn: check it is not blank.
    const labelPixels = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        '[data-testid="graph-canvas"] canvas.sigma-labels',
      );
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return 0;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted++;
      return painted;
    });
    expect(labelPixels).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});
