/** The part of the highlight that comes from the chain or path in focus. */
import type { HighlightState } from "../../canvas/highlight";
import type { EntityStore } from "../store/entity-store";
import type { ViewState } from "../state/view-state";
import type { ExplorerSnapshot } from "./explorer-snapshot";

type FocusHighlight = Pick<
  HighlightState,
  "focusNodes" | "focusEdges" | "focusEnds" | "changedEdges"
>;

const NO_FOCUS: FocusHighlight = {
  focusNodes: null,
  focusEdges: null,
  focusEnds: new Set(),
  changedEdges: null,
};

export function focusHighlight(
  snapshot: Pick<ExplorerSnapshot, "chain" | "path" | "changes">,
  view: Pick<ViewState, "focus">,
  store: EntityStore,
): FocusHighlight {
  const changes = snapshot.changes;
  if (changes !== null) {
    // The changes between two days take the focus: their links in colour, the rest dimmed.
    return {
      focusNodes: new Set(changes.nodeKeys),
      focusEdges: new Set(changes.kindByEdge.keys()),
      focusEnds: new Set(),
      changedEdges: changes.kindByEdge,
    };
  }
  const focus = view.focus;
  if (focus === null) return NO_FOCUS;
  if (focus.kind === "path") {
    const path = snapshot.path;
    if (!path || path.response.fromId !== focus.fromId || path.response.toId !== focus.toId)
      return NO_FOCUS;
    return {
      focusNodes: new Set(path.nodeKeys),
      focusEdges: new Set(path.edgeKeys),
      focusEnds: new Set([focus.fromId, focus.toId].filter((id) => store.has(id))),
      changedEdges: null,
    };
  }
  const chain = snapshot.chain;
  const direction = focus.kind === "chain-up" ? "up" : "down";
  if (
    !chain ||
    chain.response.rootId !== focus.entityId ||
    chain.response.direction !== direction
  ) {
    return NO_FOCUS;
  }
  return {
    focusNodes: new Set(chain.nodeKeys),
    focusEdges: new Set(chain.edgeKeys),
    focusEnds: new Set(chain.endKeys),
    changedEdges: null,
  };
}
