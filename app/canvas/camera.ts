/** Camera moves: fit the whole graph, or a set of nodes (a chain, a new entity). */
import type Sigma from "sigma";
import type { DisplayEdge, DisplayNode } from "./display-graph";

export type ExplorerSigma = Sigma<DisplayNode, DisplayEdge>;

/** Ratio that shows the whole graph with room for the labels at its edges. */
const FIT_RATIO = 1.15;

export function zoomToFit(renderer: ExplorerSigma): void {
  void renderer
    .getCamera()
    .animate({ x: 0.5, y: 0.5, ratio: FIT_RATIO, angle: 0 }, { duration: 400 });
}

/** Centres the camera on the given nodes, zoomed so they all fit (with a margin). */
export function fitToNodes(
  renderer: ExplorerSigma,
  nodes: readonly string[],
  duration = 500,
): void {
  const points = nodes.flatMap((node) => {
    const data = renderer.getNodeDisplayData(node);
    return data ? [data] : [];
  });
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const camera = renderer.getCamera();
  const span = Math.max(maxX - minX, maxY - minY);
  // One node: centre on it without zooming in further than the user already is.
  const ratio =
    points.length === 1
      ? Math.min(1, camera.ratio)
      : Math.min(FIT_RATIO, Math.max(0.15, span * 1.5));
  void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
