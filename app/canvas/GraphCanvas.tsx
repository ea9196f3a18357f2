import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { HighlightState } from "./highlight";
import type { DisplayGraph } from "./display-graph";
import type { ExplorerSigma } from "./camera";
import { createSigmaSettings } from "./sigma-settings";
import { bindCanvasEvents, type CanvasHandlers } from "./canvas-events";
import { Minimap } from "./Minimap";
import { followGraphSize } from "./large-graph-motion";
import { usesSoftwareWebGL } from "./picture-camera";

interface GraphCanvasProps {
  graph: DisplayGraph;
  highlight: () => HighlightState;
  handlers: CanvasHandlers;
  onRenderer: (renderer: ExplorerSigma | null) => void;
  /** Drawn over the canvas (messages). */
  overlay?: ReactNode;
  /** Drawn under the canvas (the legend). */
  footer?: ReactNode;
  /** Keys of the highlighted ends (ultimate owners, path ends), exposed for tests and tools. */
  focusEnds?: readonly string[];
}

/**
 * Draws the render graph with sigma (WebGL). One Sigma instance lives as long as the graph;
 * events go to `handlers` (read through a ref, so new handlers never rebuild the renderer).
 */
export function GraphCanvas({
  graph,
  highlight,
  handlers,
  onRenderer,
  overlay,
  footer,
  focusEnds = [],
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const handlersRef = useRef(handlers);
  const [renderer, setRenderer] = useState<ExplorerSigma | null>(null);

  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);

  useEffect(() => {
    if (!container.current) return undefined;
    const sigma: ExplorerSigma = new Sigma(
      graph,
      container.current,
      createSigmaSettings(highlight),
    );
    const movePicture = usesSoftwareWebGL();
    const unbind = bindCanvasEvents(sigma, () => handlersRef.current, movePicture);
    // How the canvas pans and where its camera is, for tests and tools.
    const stage = container.current;
    stage.dataset.pan = movePicture ? "picture" : "live";
    const showCamera = () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      stage.dataset.camera = [x, y, ratio].map((value) => value.toFixed(4)).join(" ");
    };
    sigma.getCamera().on("updated", showCamera);
    showCamera();
    const unfollow = followGraphSize(sigma);
    // Sigma only follows window resizes; the console drawer and side panel resize the stage
    // too, and a stale canvas would keep covering the drawer's buttons.
    const resizeObserver = new ResizeObserver(() => sigma.scheduleRefresh());
    resizeObserver.observe(container.current);
    setRenderer(sigma);
    onRenderer(sigma);
    return () => {
      resizeObserver.disconnect();
      sigma.getCamera().off("updated", showCamera);
      unfollow();
      unbind();
      onRenderer(null);
      setRenderer(null);
      sigma.kill();
    };
  }, [graph, highlight, onRenderer]);

  return (
    <div className="canvas-frame" data-focus-ends={focusEnds.join(" ")}>
      <div className="canvas-stage">
        <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
        {renderer && <Minimap renderer={renderer} />}
        {overlay}
      </div>
      {footer}
    </div>
  );
}
