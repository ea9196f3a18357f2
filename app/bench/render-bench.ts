import { createElement } from "react";
import { createRoot } from "react-dom/client";
import Sigma from "sigma";
import { SIGMA_SETTINGS } from "../canvas/sigma-settings";
import { followGraphSize } from "../canvas/large-graph-motion";
import { Minimap } from "../canvas/Minimap";
import type { ExplorerSigma } from "../canvas/camera";
import { bindPictureCamera, usesSoftwareWebGL } from "../canvas/picture-camera";
import {
  renderProfileSettings,
  resolveRenderProfile,
  type EdgePicking,
} from "../canvas/render-profile";
import type {
  RenderProfile,
  RenderProfileChoice,
  Simplification,
} from "../canvas/render-simplifications";
import { benchDisplayGraph, viewChange, type RedrawTimes, type ViewChange } from "./bench-graph";
import { nextFrame, paintedAfterNextRender, paintedFrame } from "./painted-frame";
import { instrumentRedraw, measureRedraw, type RedrawParts } from "./redraw-breakdown";
import { runCytoscapeBench } from "./cytoscape-bench";
import { afterQuiet } from "./quiet-frames";

// Benchmark page (bench/render-bench.ts and bench/render-compare.ts drive it in headless
// Chromium): draws N synthetic entities with the app's own display pipeline, profile and
// minimap (or, with ?renderer=cytoscape, the same graph with Cytoscape.js); the driver then
// pans with the mouse and times redraws.
export interface RenderBenchResult {
  nodes: number;
  edges: number;
  buildMs: number;
  /** From creating the renderer to the frame that shows the first picture. */
  firstPaintedMs: number;
  /** "picture" where WebGL is software-rasterised (picture-camera.ts), else "live". */
  pan: "picture" | "live";
  profile: RenderProfile | "cytoscape";
  simplified: readonly Simplification[];
  /** When the software profile draws links into the picking framebuffer (sigma only). */
  edgePicking?: EdgePicking;
}

declare global {
  interface Window {
    benchResult?: RenderBenchResult;
    benchError?: string;
    startRecording?: () => void;
    stopRecording?: () => number[];
    renderCalls?: () => number[];
    /** Waits for the icons to be painted; answers when, in ms after the first render began. */
    settled?: () => Promise<number>;
    stagePoint?: () => { x: number; y: number };
    armRelease?: () => void;
    releaseMs?: number;
    /** Pans or zooms the view and answers its first and last painted frame. */
    redraw?: (change: "pan" | "zoom", back: boolean) => Promise<RedrawTimes>;
    /** The same with every layer fenced and timed (slower: the fences serialise the work). */
    breakdown?: (change: "pan" | "zoom", back: boolean) => Promise<RedrawParts>;
  }
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const nodes = Number(params.get("n") ?? 5000);
  const container = document.getElementById("canvas");
  if (!container) throw new Error("no #canvas");
  if (params.get("renderer") === "cytoscape") {
    await runCytoscapeBench(container, nodes);
    return;
  }
  const buildStart = performance.now();
  const graph = benchDisplayGraph(nodes);
  const buildMs = performance.now() - buildStart;

  // Asked once per page in the app too, before its first canvas.
  const panPicture = usesSoftwareWebGL();
  const profile = resolveRenderProfile((params.get("profile") ?? "auto") as RenderProfileChoice);
  const only = params.get("only")?.split(",").filter(Boolean) as Simplification[] | undefined;
  const edgePicking: EdgePicking =
    params.get("picking") === "every-redraw" ? "every redraw" : "on demand";
  const renderStart = performance.now();
  // The same settings, profile, size rules, panning and minimap as the explorer's canvas
  // (GraphCanvas.tsx).
  const profiled = renderProfileSettings(SIGMA_SETTINGS, profile, only, edgePicking);
  const sigma: ExplorerSigma = new Sigma(graph, container, profiled.settingsFor(graph));
  let simplified: readonly Simplification[] = [];
  profiled.follow(sigma, (now) => (simplified = now));
  followGraphSize(sigma);
  bindPictureCamera(sigma, panPicture);
  // How long sigma's own render call takes (JavaScript: buffers, uniforms, labels), apart from
  // the rasterising that follows it in the GPU process.
  let renderStarted = 0;
  const renderCalls: number[] = [];
  sigma.on("beforeRender", () => {
    renderStarted = performance.now();
  });
  let lastRender = performance.now();
  sigma.on("afterRender", () => {
    lastRender = performance.now();
    renderCalls.push(lastRender - renderStarted);
  });
  window.renderCalls = () => renderCalls.splice(0);
  // Settled: the icons painted. Sigma's image program processes and draws the graph again once
  // the icons' texture is ready (seconds behind a heavy first frame in software WebGL; it may
  // come in more than one batch), then 1.5 s without a render.
  let processings = 0;
  let iconsPainted = Number.NaN;
  sigma.on("afterProcess", () => {
    processings++;
    if (processings >= 2) {
      void paintedAfterNextRender(sigma, renderStart).then((ms) => (iconsPainted = ms));
    }
  });
  window.settled = async () => {
    const deadline = performance.now() + 60_000;
    while (processings < 2 && performance.now() < deadline && simplified.length === 0) {
      await nextFrame();
    }
    while (performance.now() - lastRender < 1500) await nextFrame();
    return iconsPainted;
  };

  const minimap = document.getElementById("minimap");
  if (minimap) createRoot(minimap).render(createElement(Minimap, { renderer: sigma }));
  // Sigma draws the first picture synchronously in its constructor; the clock runs to its
  // painted frame.
  await paintedFrame(sigma);
  const firstPaintedMs = performance.now() - renderStart;

  // A drag starts on the stage, as a user pans: a press on a node would drag the node.
  window.stagePoint = () => findStagePoint(sigma, container);
  // Frame times are recorded while the driver drags the canvas with the mouse (a real pan).
  window.startRecording = startRecording;
  window.armRelease = () => armRelease(sigma);
  window.redraw = (change, back) => redrawView(sigma, viewChange(change, back));
  let takeParts: (() => RedrawParts) | null = null;
  window.breakdown = (change, back) => {
    takeParts ??= instrumentRedraw(sigma);
    return measureRedraw(sigma, takeParts, viewAfter(sigma, viewChange(change, back)));
  };
  window.benchResult = {
    nodes: graph.order,
    edges: graph.size,
    buildMs,
    firstPaintedMs,
    pan: panPicture ? "picture" : "live",
    profile,
    simplified,
    // The full profile is sigma's own drawing: picking on every redraw.
    edgePicking: profile === "full" ? "every redraw" : edgePicking,
  };
}

/** Moves the camera as a released drag or a rested wheel does, and times the frames after. */
function redrawView(sigma: ExplorerSigma, change: ViewChange): Promise<RedrawTimes> {
  const camera = sigma.getCamera();
  const target = viewAfter(sigma, change);
  const start = performance.now();
  const quiet = afterQuiet(
    start,
    (onFrame) => {
      sigma.on("afterRender", onFrame);
      return () => sigma.off("afterRender", onFrame);
    },
    () => paintedFrame(sigma),
  );
  camera.setState(target);
  return quiet;
}

/** The camera after a pan by a share of the view's width, or a zoom about its centre. */
function viewAfter(sigma: ExplorerSigma, { pan, zoom }: ViewChange): { x: number; ratio: number } {
  const { width, height } = sigma.getDimensions();
  const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
  const moved = sigma.viewportToFramedGraph({ x: width / 2 + pan * width, y: height / 2 });
  const state = sigma.getCamera().getState();
  return { x: state.x + moved.x - centre.x, ratio: state.ratio / zoom };
}

/**
 * Times the next mouse release: from the mouseup event to the painted frame of the render that
 * draws the view the drag ended on (in `window.releaseMs`).
 */
function armRelease(sigma: ExplorerSigma): void {
  window.releaseMs = undefined;
  const released = () => {
    const start = performance.now();
    void paintedAfterNextRender(sigma, start).then((ms) => (window.releaseMs = ms));
  };
  document.addEventListener("mouseup", released, { once: true, capture: true });
}

/** Records the interval between animation frames until stopRecording() is called. */
function startRecording(): void {
  const frames: number[] = [];
  let recording = true;
  let last = performance.now();
  const record = () => {
    const now = performance.now();
    frames.push(now - last);
    last = now;
    if (recording) requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
  window.stopRecording = () => {
    recording = false;
    return frames;
  };
}

/** A viewport point near the centre-left that is clear of every node's disc (with a margin). */
function findStagePoint(sigma: ExplorerSigma, container: HTMLElement): { x: number; y: number } {
  const discs = sigma
    .getGraph()
    .mapNodes((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return null;
      return { ...sigma.framedGraphToViewport(data), r: sigma.scaleSize(data.size) + 4 };
    })
    .filter((disc) => disc !== null);
  const { width, height } = container.getBoundingClientRect();
  for (let y = height / 2; y < height - 100; y += 3) {
    for (let x = width / 4; x < width / 2; x += 3) {
      if (discs.every((disc) => Math.hypot(disc.x - x, disc.y - y) > disc.r)) return { x, y };
    }
  }
  throw new Error("no empty stage point to press");
}

run().catch((error: unknown) => {
  window.benchError = error instanceof Error ? error.message : String(error);
});
