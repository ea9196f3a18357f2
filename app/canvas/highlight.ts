import type { LinkChangeKind } from "../../domain/time";

/**
 * What the canvas emphasises, kept apart from the data: the hovered node and its neighbours,
 * the selection, and the chain or path in focus. Sigma's reducers read it on every frame, so
 * it holds ready-made sets and the reducers only look things up.
 */
export interface HighlightState {
  hovered: string | null;
  /** The hovered node's neighbours and edges. */
  hoverNodes: ReadonlySet<string>;
  hoverEdges: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  selectedEdge: string | null;
  /** Members of the chain or path in focus; null when nothing is in focus. */
  focusNodes: ReadonlySet<string> | null;
  focusEdges: ReadonlySet<string> | null;
  /** Ultimate owners or path ends: drawn large and always labelled. */
  focusEnds: ReadonlySet<string>;
  /** Links that appeared, ended or changed between two days compared; null when none shown. */
  changedEdges: ReadonlyMap<string, LinkChangeKind> | null;
}

const NONE: ReadonlySet<string> = new Set();

export const EMPTY_HIGHLIGHT: HighlightState = {
  hovered: null,
  hoverNodes: NONE,
  hoverEdges: NONE,
  selected: NONE,
  selectedEdge: null,
  focusNodes: null,
  focusEdges: null,
  focusEnds: NONE,
  changedEdges: null,
};

/** True when the reducers can hand sigma the data unchanged (the fast path). */
export function isQuiet(state: HighlightState): boolean {
  return (
    state.hovered === null &&
    state.selected.size === 0 &&
    state.selectedEdge === null &&
    state.focusNodes === null
  );
}

/** strong: hovered or selected (a card); neighbour: next to the hovered node (a label). */
export type NodeEmphasis = "normal" | "strong" | "neighbour" | "end" | "dimmed";

/** How a node is drawn under the current highlight. */
export function nodeEmphasis(state: HighlightState, node: string): NodeEmphasis {
  if (state.hovered !== null) {
    if (node === state.hovered || state.selected.has(node)) return "strong";
    return state.hoverNodes.has(node) ? "neighbour" : "dimmed";
  }
  if (state.focusEnds.has(node)) return "end";
  if (state.selected.has(node)) return "strong";
  if (state.focusNodes !== null) return state.focusNodes.has(node) ? "normal" : "dimmed";
  return "normal";
}

export type EdgeEmphasis = "normal" | "strong" | "dimmed";

export function edgeEmphasis(state: HighlightState, edge: string): EdgeEmphasis {
  if (edge === state.selectedEdge) return "strong";
  if (state.hovered !== null) return state.hoverEdges.has(edge) ? "strong" : "dimmed";
  if (state.focusEdges !== null) return state.focusEdges.has(edge) ? "strong" : "dimmed";
  return "normal";
}
