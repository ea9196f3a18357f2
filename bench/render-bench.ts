import type { Page } from "playwright-core";
import { launchChromium } from "../tests/support/browser";
import { formatMs, summarizeTimings } from "./support/stats";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import {
  breakdownMeans,
  load,
  openRenderPage,
  redrawMedians,
  serveBuiltApp,
} from "./support/render-page";
import { HIDE_WHILE_MOVING_ABOVE_EDGES } from "../app/canvas/large-graph-motion";
import { SIMPLIFICATIONS } from "../app/canvas/render-simplifications";
import type { RedrawParts } from "../app/bench/redraw-breakdown";

// The explorer's canvas in headless Chromium (software WebGL: SwiftShader, no GPU) at 5,000 /
// 20,000 / 50,000 nodes, in the full profile, the software profile, and the software profile with
// one simplification at a time: first painted frame, icons, dragging, redraws after a pan and a
// zoom, and where a redraw's time goes. Needs `npx vite build` first.
const SIZES = (process.env.BENCH_SIZES ?? "5000,20000,50000").split(",").map(Number);
const STEPS = Number(process.env.BENCH_PAN_STEPS ?? 30);
// An even number: every other run undoes the change, so the view ends where it began.
const RUNS = Number(process.env.BENCH_RUNS ?? 4);

interface Variant {
  name: string;
  query: Record<string, string>;
  /** Drag and breakdown too (the two profiles), or only first frame and redraws. */
  detailed: boolean;
}
const VARIANTS: Variant[] = [
  { name: "full", query: { profile: "full" }, detailed: true },
  // With more than one simplification, each is also measured alone.
  ...(Object.keys(SIMPLIFICATIONS).length > 1 ? Object.keys(SIMPLIFICATIONS) : []).map((key) => ({
    name: `software, ${key} only`,
    query: { profile: "software", only: key },
    detailed: false,
  })),
  { name: "software", query: { profile: "software" }, detailed: true },
  // Sigma's picking of links on every redraw: what picking on demand saves.
  {
    name: "software, edge picking every redraw",
    query: { profile: "software", picking: "every-redraw" },
    detailed: false,
  },
];

const PARTS = [
  "nodes",
  "edges",
  "dashed edges",
  "arrow heads",
  "picking: nodes",
  "picking: edges",
  "labels",
  "minimap",
  "sigma's JavaScript",
  "frame: wait, copy back, compositing",
];

const { base, close } = await serveBuiltApp();
const browser = await launchChromium();
const profileRows: string[] = [];
const dragRows: string[] = [];
const breakdownRows: string[] = [];
try {
  for (const size of SIZES) {
    for (const variant of VARIANTS) {
      const { page, result } = await openRenderPage(browser, base, { n: size, ...variant.query });
      const firstLoad = load();
      const iconsMs = (await page.evaluate(() => window.settled?.())) ?? Number.NaN;
      const pan = await redrawMedians(page, "pan", RUNS);
      const zoom = await redrawMedians(page, "zoom", RUNS);
      const simplified = result.simplified.join(", ") || "nothing";
      profileRows.push(
        `| ${result.nodes} | ${result.edges} | ${variant.name} | ${simplified} | ${formatMs(result.firstPaintedMs)} (${firstLoad}) | ${formatMs(iconsMs)} | ${formatMs(pan.firstMs)} / ${formatMs(pan.fullMs)} | ${formatMs(zoom.firstMs)} / ${formatMs(zoom.fullMs)} | ${load()} |`,
      );
      console.info(profileRows.at(-1));
      if (variant.detailed) {
        dragRows.push(
          `| ${result.nodes} | ${result.edges} | ${variant.name} | ${await drag(page)} | ${load()} |`,
        );
        console.info(dragRows.at(-1));
        const parts = await breakdownMeans(page, "pan", RUNS);
        breakdownRows.push(
          `| ${result.nodes} | ${variant.name} | ${breakdownCells(parts)} | ${load()} |`,
        );
        console.info(breakdownRows.at(-1));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await close();
}

/** Two mouse drags from an empty point of the stage; frames while dragging, release apart. */
async function drag(page: Page): Promise<string> {
  await page.evaluate(() => window.renderCalls?.());
  const dragFrames: number[] = [];
  const releases: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const from = await page.evaluate(() => window.stagePoint?.());
    if (!from) throw new Error("the bench page gave no stage point");
    await page.mouse.move(from.x, from.y);
    await page.evaluate(() => window.startRecording?.());
    await page.mouse.down();
    for (let step = 1; step <= STEPS; step++) {
      await page.mouse.move(from.x + (step * 180) / STEPS, from.y + (step * 90) / STEPS);
    }
    dragFrames.push(...((await page.evaluate(() => window.stopRecording?.())) ?? []));
    await page.evaluate(() => window.armRelease?.());
    await page.mouse.up();
    await page.waitForFunction(() => window.releaseMs !== undefined, undefined, {
      timeout: 120_000,
    });
    releases.push((await page.evaluate(() => window.releaseMs)) ?? Number.NaN);
  }
  const renderCalls = summarizeTimings((await page.evaluate(() => window.renderCalls?.())) ?? []);
  // Every interval between two painted frames counts, the slow ones included: the mean is
  // what the eye sees (its inverse is the frame rate), the median alone would hide slow frames.
  const frames = summarizeTimings(dragFrames);
  const mean = dragFrames.reduce((sum, value) => sum + value, 0) / Math.max(1, dragFrames.length);
  const release = releases.reduce((sum, value) => sum + value, 0) / releases.length;
  return `${dragFrames.length} | ${formatMs(mean)} | ${formatMs(frames.p95)} | ${(1000 / mean).toFixed(1)} | ${formatMs(release)} | ${formatMs(renderCalls.median)}`;
}

function breakdownCells(parts: RedrawParts): string {
  const painted = parts["painted"] ?? Number.NaN;
  const cells = PARTS.map((part) => {
    const ms = parts[part] ?? 0;
    return ms === 0 ? "–" : `${formatMs(ms)} (${Math.round((100 * ms) / painted)} %)`;
  });
  return [...cells, formatMs(painted)].join(" | ");
}

await writeBenchmarkSection(
  "Rendering in the browser",
  `Headless Chromium (Debian), software WebGL (SwiftShader: no GPU on this machine), 1280×800 canvas; synthetic ownership graphs drawn with the app's own styling, sigma settings, render profile, size rules, panning and minimap (\`app/bench/render-bench.ts\`, driven by \`bench/render-bench.ts\`). In brackets, and in the last column, the machine's 1-minute load average when the figure was taken (2 cores shared with other work: compare rows of one run, not runs).

Every clock stops at the painted frame (\`app/bench/painted-frame.ts\`): sigma's render call only queues WebGL commands, which SwiftShader rasterises on the CPU afterwards and Chromium copies back for its software compositor in the next frame; the clock reads a pixel back from each WebGL context (which returns once everything queued is rasterised; Chromium's \`gl.finish()\` is only a flush), then waits for the frame that commits the canvases and one more. First painted: from creating the renderer to the frame that shows the first picture. Icons painted: to the painted frame of the redraw with every node's type icon (sigma's image program draws plain discs until its texture is ready; "NaN" where the profile draws discs). Redraws: the camera moved as a released drag (a tenth of the view's width) or a rested wheel (1.5× closer) sets it, median of ${RUNS}: the first painted frame after the change / the last one before the canvas goes quiet for 0.7 s (the same here: the canvas draws each view once).

### The profiles

${SIMPLIFICATIONS_TEXT()}

| nodes | edges | profile | simplified | first painted (ms) (load) | icons painted (ms) | redraw after a pan: first / last (ms) | redraw after a zoom: first / last (ms) | load |
|---|---|---|---|---|---|---|---|---|
${profileRows.join("\n")}

### Dragging

Two mouse drags from an empty point of the stage, ${STEPS} steps each; every interval between painted frames from the press to the last step counts. Release: from letting go of the mouse to the painted frame of the new view (mean of the two). The last data column is sigma's own work per render (JavaScript, between its beforeRender and afterRender events).

| nodes | edges | profile | drag: frames | drag: mean frame (ms) | drag: p95 frame (ms) | drag: frames per second | release: new view painted (ms) | sigma's render call, median (ms) | load |
|---|---|---|---|---|---|---|---|---|---|
${dragRows.join("\n")}

"picture" panning (\`app/canvas/picture-camera.ts\`) is what the explorer does where WebGL is rasterised in software, as here: while the mouse drags, the layers already drawn move with a CSS transform and sigma draws nothing; on release the camera moves once and sigma draws the new view, so parts of the graph that were off screen appear then. The wheel does the same and the view is drawn once the wheel rests. With a GPU the canvas pans live, sigma redrawing every frame. Above ${HIDE_WHILE_MOVING_ABOVE_EDGES.toLocaleString("en")} relationships the canvas also hides edges and labels while the camera moves in animations and live panning (\`app/canvas/large-graph-motion.ts\`).

### Where a redraw goes

The redraw after a pan, every WebGL program fenced with a one-pixel read back before and after so that the time between is SwiftShader rasterising that program alone (\`app/bench/redraw-breakdown.ts\`), mean of ${RUNS}; in brackets the share of the painted frame. Picking: the hidden framebuffers (a quarter of the pixels) sigma draws nodes and edges into again, on every redraw, to know what the mouse is over; the software profile draws the edges' one only when the pointer next moves, presses or clicks over the canvas (\`app/canvas/edge-picking-on-demand.ts\`), so it is not part of its redraw ("–"). Labels: sigma's label pass and the placement after it, flushed by reading a pixel back. Frame: the wait for the animation frame, copying the WebGL canvases back for the software compositor, and compositing the layers. The fences serialise the work, so the total here is a little above the plain redraw above.

| nodes | profile | ${PARTS.join(" | ")} | painted (ms) | load |
|---|---|${PARTS.map(() => "---").join("|")}|---|---|
${breakdownRows.join("\n")}
`,
);

function SIMPLIFICATIONS_TEXT(): string {
  return Object.entries(SIMPLIFICATIONS)
    .map(
      ([key, rule]) =>
        `- \`${key}\` (from ${rule.from.toLocaleString("en")} ${rule.measure}): ${rule.says}.`,
    )
    .join("\n");
}
