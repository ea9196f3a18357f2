import { createElement } from "react";
import { createRoot } from "react-dom/client";
import Sigma from "sigma";
import { generateOwnershipGraph } from "../../domain/synthetic/generate-ownership-graph";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { createDisplayGraph, mergeIntoDisplayGraph } from "../graph/display-graph";
import { SIGMA_SETTINGS } from "../graph/sigma-settings";
import { followGraphSize } from "../graph/large-graph-motion";
import { Minimap } from "../graph/Minimap";

// Benchmark page (bench/render-bench.ts drives it in headless Chromium): draws N synthetic
// entities with the app's own display pipeline and minimap; the driver then pans with the mouse.
export interface RenderBenchResult {
  nodes: number;
  edges: number;
  buildMs: number;
  firstRenderMs: number;
}

declare global {
  interface Window {
    benchResult?: RenderBenchResult;
    benchError?: string;
    startRecording?: () => void;
    stopRecording?: () => number[];
    renderCalls?: () => number[];
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
  const renderStart = performance.now();
  // The same settings, size rules and minimap as the explorer's canvas (GraphCanvas.tsx).
  const sigma = new Sigma(graph, container, SIGMA_SETTINGS);
  followGraphSize(sigma);
  // How long sigma's own render call takes (JavaScript: buffers, uniforms, labels), apart from
  // the rasterising that follows it in the GPU process.
  let renderStarted = 0;
  const renderCalls: number[] = [];
  sigma.on("beforeRender", () => {
    renderStarted = performance.now();
  });
  sigma.on("afterRender", () => renderCalls.push(performance.now() - renderStarted));
  window.renderCalls = () => renderCalls.splice(0);
  const minimap = document.getElementById("minimap");
  if (minimap) createRoot(minimap).render(createElement(Minimap, { renderer: sigma }));
  await nextFrame();
  const firstRenderMs = performance.now() - renderStart;

  // Frame times are recorded while the driver drags the canvas with the mouse (a real pan).
  window.startRecording = startRecording;
  window.benchResult = { nodes: graph.order, edges: graph.size, buildMs, firstRenderMs };
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

run().catch((error: unknown) => {
  window.benchError = error instanceof Error ? error.message : String(error);
});
