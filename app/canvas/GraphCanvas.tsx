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
import { renderProfileSettings, resolveRenderProfile } from "./render-profile";
import type { RenderProfileChoice, Simplification } from "./render-simplifications";
import { RenderProfileControl, storedRenderProfileChoice } from "./RenderProfileControl";

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

/** "nodes links" the renderer draws (not hidden by a reducer), for tests and tools. */
function drawnCounts(sigma: ExplorerSigma): string {
  let nodes = 0;
  let links = 0;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (data && data.hidden !== true) nodes++;
  });
  sigma.getGraph().forEachEdge((edge) => {
    const data = sigma.getEdgeDisplayData(edge);
    if (data && data.hidden !== true) links++;
  });
  return `${String(nodes)} ${String(links)}`;
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
  const [choice, setChoice] = useState<RenderProfileChoice>(storedRenderProfileChoice);
  const profile = resolveRenderProfile(choice);
  const [inForce, setInForce] = useState<readonly Simplification[]>([]);
  // The camera survives a change of profile (the renderer is made anew).
  const lastCamera = useRef<{ graph: DisplayGraph; x: number; y: number; ratio: number } | null>(
    null,
  );

  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);

  useEffect(() => {
    if (!container.current) return undefined;
    // The GPU path: the full profile hands the settings over unchanged (render-profile.ts).
    const profiled = renderProfileSettings(createSigmaSettings(highlight), profile);
    const sigma: ExplorerSigma = new Sigma(graph, container.current, profiled.settingsFor(graph));
    if (lastCamera.current?.graph === graph) {
      const { x, y, ratio } = lastCamera.current;
      sigma.getCamera().setState({ x, y, ratio });
    }
    const movePicture = usesSoftwareWebGL();
    const unbind = bindCanvasEvents(sigma, () => handlersRef.current, movePicture);
    // How the canvas pans and where its camera is, for tests and tools.
    const stage = container.current;
    stage.dataset.pan = movePicture ? "picture" : "live";
    stage.dataset.renderProfile = profile;
    const unfollowProfile = profiled.follow(sigma, (now) => {
      stage.dataset.simplified = now.join(" ");
      setInForce(now);
    });
    // What the renderer draws after its reducers: every node and link, whatever the profile.
    const showDrawn = () => {
      stage.dataset.drawn = drawnCounts(sigma);
    };
    sigma.on("afterProcess", showDrawn);
    showDrawn();
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
      const { x, y, ratio } = sigma.getCamera().getState();
      lastCamera.current = { graph, x, y, ratio };
      unfollowProfile();
      sigma.off("afterProcess", showDrawn);
      resizeObserver.disconnect();
      sigma.getCamera().off("updated", showCamera);
      unfollow();
      unbind();
      onRenderer(null);
      setRenderer(null);
      sigma.kill();
    };
  }, [graph, highlight, onRenderer, profile]);

  return (
    <div className="canvas-frame" data-focus-ends={focusEnds.join(" ")}>
      <div className="canvas-stage">
        <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
        {renderer && <Minimap renderer={renderer} />}
        <RenderProfileControl
          choice={choice}
          profile={profile}
          inForce={inForce}
          onChoose={setChoice}
        />
        {overlay}
      </div>
      {footer}
    </div>
  );
}
