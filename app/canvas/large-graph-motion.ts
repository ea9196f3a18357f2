import type { ExplorerSigma } from "./camera";

/**
 * Above this many relationships on the canvas, edges and labels are left out while the camera
 * moves (pan, zoom, animations) and drawn again when it stops: a frame then costs the nodes
 * alone. Below it, everything stays drawn while moving.
 */
export const HIDE_WHILE_MOVING_ABOVE_EDGES = 10_000;

/** Keeps sigma's hide-while-moving settings in line with the graph's size as it changes. */
export function followGraphSize(sigma: ExplorerSigma): () => void {
  const graph = sigma.getGraph();
  const apply = () => {
    const large = graph.size > HIDE_WHILE_MOVING_ABOVE_EDGES;
    if (sigma.getSetting("hideEdgesOnMove") === large) return;
    sigma.setSetting("hideEdgesOnMove", large);
    sigma.setSetting("hideLabelsOnMove", large);
  };
  const events = ["edgeAdded", "edgeDropped", "nodeDropped", "cleared", "edgesCleared"] as const;
  for (const event of events) graph.on(event, apply);
  apply();
  return () => {
    for (const event of events) graph.off(event, apply);
  };
}
