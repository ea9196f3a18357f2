import { describe, expect, it } from "vitest";
import { createDisplayGraph, type DisplayGraph } from "../../app/canvas/display-graph";
import type { ExplorerSigma } from "../../app/canvas/camera";
import {
  HIDE_WHILE_MOVING_ABOVE_EDGES,
  followGraphSize,
} from "../../app/canvas/large-graph-motion";

/** The part of sigma that followGraphSize uses: its graph and two settings. */
function settingsOf(graph: DisplayGraph) {
  const settings = new Map<string, unknown>([
    ["hideEdgesOnMove", false],
    ["hideLabelsOnMove", false],
  ]);
  const renderer = {
    getGraph: () => graph,
    getSetting: (name: string) => settings.get(name),
    setSetting: (name: string, value: unknown) => settings.set(name, value),
  };
  return { renderer: renderer as unknown as ExplorerSigma, settings };
}

function addChain(graph: DisplayGraph, edges: number): void {
  graph.addNode("n0", { x: 0, y: 0, size: 4, color: "#000", label: "n0" } as never);
  for (let index = 1; index <= edges; index++) {
    graph.addNode(`n${index}`, { x: index, y: 0, size: 4, color: "#000", label: "" } as never);
    graph.addEdgeWithKey(`e${index}`, `n${index - 1}`, `n${index}`, {} as never);
  }
}

describe("edges and labels while the camera moves", () => {
  it("stay drawn on a small canvas and are hidden once the canvas holds many relationships", () => {
    const graph = createDisplayGraph();
    const { renderer, settings } = settingsOf(graph);
    const stop = followGraphSize(renderer);
    addChain(graph, 100);
    expect(settings.get("hideEdgesOnMove")).toBe(false);

    graph.addNode("big", { x: 0, y: 1, size: 4, color: "#000", label: "" } as never);
    for (let index = 0; index < HIDE_WHILE_MOVING_ABOVE_EDGES; index++) {
      graph.addEdgeWithKey(`big-${index}`, "big", `n${index % 100}`, {} as never);
    }
    expect(settings.get("hideEdgesOnMove")).toBe(true);
    expect(settings.get("hideLabelsOnMove")).toBe(true);

    graph.dropNode("big");
    expect(settings.get("hideEdgesOnMove")).toBe(false);
    stop();
    graph.clear();
    addChain(graph, HIDE_WHILE_MOVING_ABOVE_EDGES + 1);
    // No longer followed after stop().
    expect(settings.get("hideEdgesOnMove")).toBe(false);
  });
});
