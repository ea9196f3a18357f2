import { useEffect, useRef } from "react";
import type { ExplorerSigma } from "./camera";

const WIDTH = 180;
const HEIGHT = 120;
const PADDING = 8;

/** Maps sigma's framed-graph coordinates (0–1 over the whole graph) onto the minimap. */
function toMinimap(point: { x: number; y: number }): { x: number; y: number } {
  return {
    x: PADDING + point.x * (WIDTH - 2 * PADDING),
    y: PADDING + (1 - point.y) * (HEIGHT - 2 * PADDING),
  };
}

function fromMinimap(x: number, y: number): { x: number; y: number } {
  return {
    x: (x - PADDING) / (WIDTH - 2 * PADDING),
    y: 1 - (y - PADDING) / (HEIGHT - 2 * PADDING),
  };
}

/** Time spent drawing minimaps since the page loaded, in ms (read by the render benchmark). */
let drawingMs = 0;

export function minimapDrawingMs(): number {
  return drawingMs;
}

/**
 * An overview of the whole graph with the part on screen framed; a click moves the camera
 * there. Drawn on sigma's afterRender, at most once per animation frame, never through React.
 * The dots are drawn once per change of the graph or its display data into a layer that every
 * frame only copies: panning a big graph does not redraw thousands of dots.
 */
export function Minimap({ renderer }: { renderer: ExplorerSigma }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let frame = 0;
    let dotsStale = true;
    const dots = document.createElement("canvas");
    dots.width = WIDTH;
    dots.height = HEIGHT;
    const drawDots = () => {
      const context = dots.getContext("2d");
      if (!context) return;
      context.clearRect(0, 0, WIDTH, HEIGHT);
      renderer.getGraph().forEachNode((node, attributes) => {
        const data = renderer.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        const point = toMinimap(data);
        context.fillStyle = attributes.color;
        context.fillRect(point.x - 1, point.y - 1, 2.5, 2.5);
      });
    };
    const draw = () => {
      const start = performance.now();
      paint();
      drawingMs += performance.now() - start;
    };
    const paint = () => {
      frame = 0;
      const context = canvas.current?.getContext("2d");
      if (!context) return;
      if (dotsStale) {
        drawDots();
        dotsStale = false;
      }
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.drawImage(dots, 0, 0);
      const { width, height } = renderer.getDimensions();
      const topLeft = toMinimap(renderer.viewportToFramedGraph({ x: 0, y: 0 }));
      const bottomRight = toMinimap(renderer.viewportToFramedGraph({ x: width, y: height }));
      context.strokeStyle = "#1d2330";
      context.lineWidth = 1.5;
      context.strokeRect(
        topLeft.x,
        topLeft.y,
        bottomRight.x - topLeft.x,
        bottomRight.y - topLeft.y,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    // Sigma renders after every change of the graph or of the reducers' output: the stale dots
    // are redrawn on the frame after that render, from the updated display data.
    const markStale = () => {
      dotsStale = true;
    };
    const graph = renderer.getGraph();
    const graphEvents = [
      "nodeAdded",
      "nodeDropped",
      "nodeAttributesUpdated",
      "eachNodeAttributesUpdated",
      "cleared",
    ] as const;
    for (const event of graphEvents) graph.on(event, markStale);
    renderer.on("afterProcess", markStale);
    renderer.on("afterRender", schedule);
    schedule();
    return () => {
      for (const event of graphEvents) graph.off(event, markStale);
      renderer.off("afterProcess", markStale);
      renderer.off("afterRender", schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [renderer]);

  const moveCamera = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const target = fromMinimap(event.clientX - box.left, event.clientY - box.top);
    void renderer.getCamera().animate(target, { duration: 300 });
  };

  return (
    <canvas
      ref={canvas}
      className="minimap"
      width={WIDTH}
      height={HEIGHT}
      onClick={moveCamera}
      aria-label="Minimap: click to move the view there"
      role="img"
    />
  );
}
