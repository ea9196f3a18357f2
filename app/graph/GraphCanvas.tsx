import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { DisplayGraph } from "./display-graph";

/** Draws a graph with sigma (WebGL). The Sigma instance lives as long as the component. */
export function GraphCanvas({ graph }: { graph: DisplayGraph }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    const renderer = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 4,
    });
    return () => renderer.kill();
  }, [graph]);
  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
