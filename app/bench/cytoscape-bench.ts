/**
 * The comparison side of the render benchmark (?renderer=cytoscape): the same graph drawn by
 * Cytoscape.js's canvas renderer at the same pixel scale, sizes and colours, with arrows on the
 * kinds that have them, dashes on the dashed kinds and labels, so the two renderers draw the same
 * picture. Cytoscape is a dev dependency of the benchmark only; the app never loads it.
 */
import type { RenderBenchResult } from "./render-bench";
import { benchDisplayGraph, viewChange, type RedrawTimes } from "./bench-graph";
import { nextFrame } from "./painted-frame";
import { afterQuiet } from "./quiet-frames";
import { EDGE_KIND_STYLES } from "../canvas/edge-style";

/** Sigma's stage padding (sigma-settings.ts): both pictures fill the same part of the view. */
const PADDING = 60;

/** Cytoscape draws 2D canvases: what it drew is on screen once the next frame has committed. */
async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

export async function runCytoscapeBench(container: HTMLElement, nodes: number): Promise<void> {
  const { default: cytoscape } = await import("cytoscape");
  const buildStart = performance.now();
  const graph = benchDisplayGraph(nodes);
  const { width, height } = container.getBoundingClientRect();
  const xs = graph.mapNodes((_, node) => node.x);
  const ys = graph.mapNodes((_, node) => node.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const scale = Math.min(
    (width - 2 * PADDING) / (maxX - minX),
    (height - 2 * PADDING) / (maxY - minY),
  );
  const elements = [
    ...graph.mapNodes((key, node) => ({
      group: "nodes" as const,
      data: { id: key, label: node.label, colour: node.color, diameter: 2 * node.size },
      // Pixels at zoom 1, centred on the view; y grows downwards here, upwards in sigma.
      position: {
        x: width / 2 + (node.x - (minX + maxX) / 2) * scale,
        y: height / 2 - (node.y - (minY + maxY) / 2) * scale,
      },
    })),
    ...graph.mapEdges((key, edge, source, target) => {
      const look = EDGE_KIND_STYLES[edge.kind];
      return {
        group: "edges" as const,
        data: {
          id: key,
          source,
          target,
          colour: edge.color,
          width: edge.size,
          line: look.line,
          arrow: look.arrow,
        },
      };
    }),
  ];
  const buildMs = performance.now() - buildStart;
  const start = performance.now();
  const cy = cytoscape({
    container,
    elements,
    layout: { name: "preset", fit: false },
    zoom: 1,
    pan: { x: 0, y: 0 },
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          width: "data(diameter)",
          height: "data(diameter)",
          label: "data(label)",
          "font-size": 12,
          "text-valign": "center",
          "text-halign": "right",
          // Cytoscape's own label culling, like sigma's size threshold for labels.
          "min-zoomed-font-size": 8,
        },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          width: "data(width)",
          "curve-style": "straight",
        },
      },
      { selector: "edge[?arrow]", style: { "target-arrow-shape": "triangle" } },
      { selector: 'edge[line = "dashed"]', style: { "line-style": "dashed" } },
      { selector: 'edge[line = "dotted"]', style: { "line-style": "dotted" } },
    ],
  });
  const subscribe = (onFrame: () => void) => {
    cy.on("render", onFrame);
    return () => cy.off("render", onFrame);
  };
  const first = await afterQuiet(start, subscribe, painted);
  window.redraw = (change, back): Promise<RedrawTimes> => {
    const { pan, zoom } = viewChange(change, back);
    const quiet = afterQuiet(performance.now(), subscribe, painted);
    if (pan !== 0) cy.panBy({ x: -pan * width, y: 0 });
    if (zoom !== 1) {
      cy.zoom({ level: cy.zoom() * zoom, renderedPosition: { x: width / 2, y: height / 2 } });
    }
    return quiet;
  };
  const result: RenderBenchResult = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    buildMs,
    firstPaintedMs: first.firstMs,
    pan: "live",
    profile: "cytoscape",
    simplified: [],
  };
  window.benchResult = result;
}
