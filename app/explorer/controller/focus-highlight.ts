/** The part of the highlight that comes from the chain or path in focus. */
import type { HighlightState } from "../../canvas/highlight";
import type { EntityStore } from "../store/entity-store";
import type { ViewState } from "../state/view-state";
import type { ExplorerSnapshot } from "./explorer-snapshot";

type FocusHighlight = Pick<HighlightState, "focusNodes" | "focusEdges" | "focusEnds">;

const NO_FOCUS: FocusHighlight = { focusNodes: null, focusEdges: null, focusEnds: new Set() };

export function focusHighlight(
  snapshot: Pick<ExplorerSnapshot, "chain" | "path">,
  view: Pick<ViewState, "focus">,
  store: EntityStore,
): FocusHighlight {
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
  };
}
