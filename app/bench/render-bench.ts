import { createElement } from "react";
import { createRoot } from "react-dom/client";
import Sigma from "sigma";
import { generateOwnershipGraph } from "../../domain/synthetic/generate-ownership-graph";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { createDisplayGraph, mergeIntoDisplayGraph } from "../canvas/display-graph";
import { SIGMA_SETTINGS } from "../canvas/sigma-settings";
import { followGraphSize } from "../canvas/large-graph-motion";
import { Minimap } from "../canvas/Minimap";
import type { ExplorerSigma } from "../canvas/camera";
import { bindPictureCamera, usesSoftwareWebGL } from "../canvas/picture-camera";

// Benchmark page (bench/render-bench.ts drives it in headless Chromium): draws N synthetic
// entities with the app's own display pipeline and minimap; the driver then pans with the mouse.
export interface RenderBenchResult {
  nodes: number;
  edges: number;
  buildMs: number;
  firstRenderMs: number;
  /** "picture" where WebGL is software-rasterised (picture-camera.ts), else "live". */
  pan: "picture" | "live";
}

declare global {
  interface Window {
    benchResult?: RenderBenchResult;
    benchError?: string;
    startRecording?: () => void;
    stopRecording?: () => number[];
    renderCalls?: () => number[];
    /** Waits for the icons to be drawn; answers when they were, in ms after the first render began. */
    settled?: () => Promise<number>;
    stagePoint?: () => { x: number; y: number };
    armRelease?: () => void;
    releaseMs?: number;
  }
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const nodes = Number(params.get("n") ?? 5000);
  const buildStart = performance.now();
  const synthetic = generateOwnershipGraph({
    entities: nodes,
    superNodes: 3,
    superNodeDegree: Math.min(2000, nodes / 10),
  });
  const wire: WireGraph = {
    nodes: synthetic.entities.map((entity) => ({
      key: entity.id,
      attributes: {
        labels: ["Entity", entity.type],
        properties: { id: entity.id, caption: entity.name },
      },
    })),
    edges: synthetic.relationships.map((relationship) => ({
      key: relationship.id,
      source: relationship.from,
      target: relationship.to,
      attributes: { type: relationship.type, properties: { shareExact: relationship.shareExact } },
    })),
  };
  const graph = createDisplayGraph();
  mergeIntoDisplayGraph(graph, wire);
  const buildMs = performance.now() - buildStart;

  const container = document.getElementById("canvas");
  if (!container) throw new Error("no #canvas");
  // Asked once per page in the app too, before its first canvas.
  const panPicture = usesSoftwareWebGL();
  const renderStart = performance.now();
  // The same settings, size rules, panning and minimap as the explorer's canvas (GraphCanvas.tsx).
  const sigma = new Sigma(graph, container, SIGMA_SETTINGS);
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
  // Settled: the icons drawn. Sigma's image program processes and draws the graph again once
  // the icons' texture is ready (seconds behind a heavy first frame in software WebGL; it may
  // come in more than one batch), then 1.5 s without a render.
  let processings = 0;
  let lastProcessAt = Number.NaN;
  sigma.on("afterProcess", () => {
    processings++;
    lastProcessAt = performance.now();
  });
  window.settled = async () => {
    const deadline = performance.now() + 60_000;
    while (processings < 2 && performance.now() < deadline) await nextFrame();
    while (performance.now() - lastRender < 1500) await nextFrame();
    return processings < 2 ? Number.NaN : lastProcessAt - renderStart;
  };

  const minimap = document.getElementById("minimap");
  if (minimap) createRoot(minimap).render(createElement(Minimap, { renderer: sigma }));
  await nextFrame();
  const firstRenderMs = performance.now() - renderStart;

  // A drag starts on the stage, as a user pans: a press on a node would drag the node.
  window.stagePoint = () => findStagePoint(sigma, container);
  // Frame times are recorded while the driver drags the canvas with the mouse (a real pan).
  window.startRecording = startRecording;
  window.armRelease = () => armRelease(sigma);
  window.benchResult = {
    nodes: graph.order,
    edges: graph.size,
    buildMs,
    firstRenderMs,
    pan: panPicture ? "picture" : "live",
  };
}

/**
 * Times the next mouse release: from the mouseup event to the first frame after sigma has drawn
 * the view the drag ended on (in `window.releaseMs`).
 */
function armRelease(sigma: ExplorerSigma): void {
  window.releaseMs = undefined;
  const released = () => {
    const start = performance.now();
    sigma.once("afterRender", () => {
      requestAnimationFrame(() => {
        window.releaseMs = performance.now() - start;
      });
    });
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

run().catch((error: unknown) => {
  window.benchError = error instanceof Error ? error.message : String(error);
});
