/**
 * The render benchmark's graph: N synthetic entities and their links, as the explorer's render
 * graph (positions on the explorer's spiral, sizes by links, colours and programs by type and
 * kind). The app's canvas and Cytoscape.js draw this same graph.
 */
import { generateOwnershipGraph } from "../../domain/synthetic/generate-ownership-graph";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import {
  createDisplayGraph,
  mergeIntoDisplayGraph,
  type DisplayGraph,
} from "../canvas/display-graph";

export function benchDisplayGraph(nodes: number): DisplayGraph {
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
  return graph;
}

/** A camera change both renderers make: a pan by a share of the view's width, or a zoom. */
export interface ViewChange {
  /** Share of the view's width the view moves right (0.1: a tenth). */
  pan: number;
  /** Above 1: closer, about the view's centre. */
  zoom: number;
}

export const VIEW_CHANGES: Readonly<Record<"pan" | "zoom", ViewChange>> = {
  pan: { pan: 0.1, zoom: 1 },
  zoom: { pan: 0, zoom: 1.5 },
};

/** The change, or the change that undoes it (so repeated runs keep the view where it was). */
export function viewChange(change: "pan" | "zoom", back: boolean): ViewChange {
  const { pan, zoom } = VIEW_CHANGES[change];
  return back ? { pan: -pan, zoom: 1 / zoom } : { pan, zoom };
}

/** The first and the last painted frame after a change, once the renderer has gone quiet. */
export interface RedrawTimes {
  firstMs: number;
  fullMs: number;
}
