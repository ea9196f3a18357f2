import Fastify from "fastify";
import fastifyStatic from "@fastify/static";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../server/config";
import { summarizeTimings } from "./stats";
import type { RenderBenchResult } from "../../app/bench/render-bench";
import type { RedrawTimes } from "../../app/bench/bench-graph";
import type { RedrawParts } from "../../app/bench/redraw-breakdown";

/** Serves the built app (dist/app), where the render benchmark page lives. */
export async function serveBuiltApp(): Promise<{ base: string; close: () => Promise<void> }> {
  const app = Fastify();
  await app.register(fastifyStatic, { root: path.join(PROJECT_ROOT, "dist", "app") });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  return { base, close: () => app.close() };
}

/** The machine's 1-minute load average, printed beside every figure (2 shared cores). */
export function load(): string {
  return os.loadavg()[0]?.toFixed(2) ?? "?";
}

/** Opens the render benchmark page with these query parameters and waits for its first picture. */
export async function openRenderPage(
  browser: Browser,
  base: string,
  query: Record<string, string | number>,
): Promise<{ page: Page; result: RenderBenchResult }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const label = Object.entries(query)
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  page.on("crash", () => console.error(`page crashed: ${label}`));
  page.on("pageerror", (error) => console.error(`page error (${label}): ${error.message}`));
  // A busy machine may take long to build a large graph before the page's load event.
  await page.goto(`${base}/bench/render-bench.html?${label}`, { timeout: 600_000 });
  await page.waitForFunction(
    () => window.benchResult !== undefined || window.benchError !== undefined,
    undefined,
    { timeout: 600_000 },
  );
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(`render bench failed (${label}): ${error}`);
  const result = await page.evaluate(() => window.benchResult);
  if (!result) throw new Error(`no result (${label})`);
  return { page, result };
}

/** Medians of `runs` redraws after the change (the view goes back and forth between runs). */
export async function redrawMedians(
  page: Page,
  change: "pan" | "zoom",
  runs: number,
): Promise<RedrawTimes> {
  const times: RedrawTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const measured = await page.evaluate(([which, back]) => window.redraw?.(which, back), [
      change,
      run % 2 === 1,
    ] as const);
    if (!measured) throw new Error("the bench page cannot redraw");
    times.push(measured);
  }
  return {
    firstMs: summarizeTimings(times.map((time) => time.firstMs)).median,
    fullMs: summarizeTimings(times.map((time) => time.fullMs)).median,
  };
}

/** Means, part by part, of `runs` instrumented redraws after the change. */
export async function breakdownMeans(
  page: Page,
  change: "pan" | "zoom",
  runs: number,
): Promise<RedrawParts> {
  const sums: RedrawParts = {};
  for (let run = 0; run < runs; run++) {
    const parts = await page.evaluate(([which, back]) => window.breakdown?.(which, back), [
      change,
      run % 2 === 1,
    ] as const);
    if (!parts) throw new Error("the bench page gave no breakdown");
    for (const [part, ms] of Object.entries(parts)) sums[part] = (sums[part] ?? 0) + ms / runs;
  }
  return sums;
}
