import { launchChromium } from "../tests/support/browser";
import { formatMs } from "./support/stats";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { load, openRenderPage, redrawMedians, serveBuiltApp } from "./support/render-page";
import type { RedrawTimes } from "../app/bench/bench-graph";

// The same graphs drawn by the explorer's canvas (sigma, in the profile this browser gets, and
// in the full profile) and by Cytoscape.js's canvas renderer, one after the other in one
// Chromium session (software WebGL: SwiftShader). Needs `npx vite build` first.
const SIZES = (process.env.BENCH_SIZES ?? "5000,20000,50000").split(",").map(Number);
// An even number: every other run undoes the change, so the view ends where it began.
const RUNS = Number(process.env.BENCH_RUNS ?? 4);

interface Measured {
  first: number;
  pan: RedrawTimes;
  zoom: RedrawTimes;
  load: string;
  label: string;
}

const RENDERERS = [
  { name: "cytoscape", query: { renderer: "cytoscape" } },
  { name: "app", query: { profile: "auto" } },
  // The same profile with sigma's picking of links on every redraw: what picking on demand saves.
  { name: "app, edge picking every redraw", query: { profile: "auto", picking: "every-redraw" } },
  { name: "app, full profile", query: { profile: "full" } },
] as const;
const EXPLORERS = RENDERERS.map((renderer) => renderer.name).filter((name) => name !== "cytoscape");

const { base, close } = await serveBuiltApp();
const browser = await launchChromium();
const rows: string[] = [];
const ratioRows: string[] = [];
try {
  for (const size of SIZES) {
    const measured = new Map<string, Measured>();
    for (const renderer of RENDERERS) {
      const { page, result } = await openRenderPage(browser, base, { n: size, ...renderer.query });
      const firstLoad = load();
      const pan = await redrawMedians(page, "pan", RUNS);
      const zoom = await redrawMedians(page, "zoom", RUNS);
      const label =
        result.profile === "cytoscape"
          ? "Cytoscape.js 3 (canvas)"
          : `Ownergraph canvas, ${result.profile} profile${result.simplified.length ? ` (${result.simplified.join(", ")})` : ""}${result.profile === "software" ? `, edge picking ${result.edgePicking ?? "?"}` : ""}`;
      measured.set(renderer.name, {
        first: result.firstPaintedMs,
        pan,
        zoom,
        load: firstLoad,
        label,
      });
      rows.push(
        `| ${result.nodes} | ${result.edges} | ${label} | ${formatMs(result.firstPaintedMs)} (${firstLoad}) | ${formatMs(pan.firstMs)} / ${formatMs(pan.fullMs)} | ${formatMs(zoom.firstMs)} / ${formatMs(zoom.fullMs)} | ${load()} |`,
      );
      console.info(rows.at(-1));
      await page.close();
    }
    const cytoscape = measured.get("cytoscape");
    for (const name of EXPLORERS) {
      const app = measured.get(name);
      if (!cytoscape || !app) continue;
      ratioRows.push(
        `| ${size} | ${app.label} | ${ratio(cytoscape.first, app.first)} | ${ratio(app.pan.fullMs, cytoscape.pan.fullMs)} | ${ratio(app.zoom.fullMs, cytoscape.zoom.fullMs)} | ${ratio(app.pan.firstMs, cytoscape.pan.firstMs)} | ${ratio(app.zoom.firstMs, cytoscape.zoom.firstMs)} |`,
      );
    }
  }
} finally {
  await browser.close();
  await close();
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

await writeBenchmarkSection(
  "Render comparison with Cytoscape.js",
  `The same synthetic ownership graphs, drawn one after the other in one headless Chromium session (software WebGL: SwiftShader; Cytoscape.js draws on 2D canvases) at 1280×800, by the explorer's canvas (\`app/bench/render-bench.ts\`) and by Cytoscape.js 3.35 (\`app/bench/cytoscape-bench.ts\`: the same positions, pixel sizes, colours, widths, arrows on the kinds that have them, dashes, labels with Cytoscape's \`min-zoomed-font-size\` culling, straight edges), driven by \`bench/render-compare.ts\`. In brackets, and in the last column, the machine's 1-minute load average (2 cores shared with other work: the ratios of one run are what to compare).

First painted: from creating the renderer to the frame that shows the first picture (\`app/bench/painted-frame.ts\`). Redraws: the view moved by a tenth of its width, or zoomed 1.5× about its centre, as the explorer's camera is set when a drag is released or the wheel rests (Cytoscape: \`panBy\`, \`zoom\`); median of ${RUNS}; first / last painted frame before the renderer goes quiet for 0.7 s (Cytoscape first copies its cached bitmaps, then redraws in full).

| nodes | edges | renderer | first painted (ms) (load) | redraw after a pan: first / full (ms) | redraw after a zoom: first / full (ms) | load |
|---|---|---|---|---|---|---|
${rows.join("\n")}

Ratios of the same run. First painted: Cytoscape's time over the explorer's (aim: 2× or more). Redraws: the explorer's time over Cytoscape's (aim: 1× or less for the full redraw).

| nodes | explorer | first painted: Cytoscape ÷ explorer | pan, full redraw: explorer ÷ Cytoscape | zoom, full redraw: explorer ÷ Cytoscape | pan, first frame: explorer ÷ Cytoscape | zoom, first frame: explorer ÷ Cytoscape |
|---|---|---|---|---|---|---|
${ratioRows.join("\n")}
`,
);
