/**
 * Keeps the render graph (what sigma draws) equal to the entities the view puts on screen:
 * nodes leave and arrive, relationships among visible entities follow. Positions survive a
 * node's absence (undo brings it back where it was); a new node starts next to the entities
 * it is linked to, so a layout has little to move.
 */
import {
  edgeDisplay,
  nodeDisplay,
  sizeNodesByLinks,
  spiralPosition,
  type DisplayGraph,
} from "../../canvas/display-graph";
import type { Properties } from "../../../domain/wire/graph-wire-types";
import type { HeldOnDay } from "../../../domain/time";
import type { Position } from "../state/view-state";
import type { EntityStore } from "./entity-store";

/** A small offset that depends only on the id, so a restored view lays out the same way. */
export function jitter(id: string): Position {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index++) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  }
  const angle = ((hash >>> 0) % 3600) * (Math.PI / 1800);
  return { x: Math.cos(angle) * 0.6, y: Math.sin(angle) * 0.6 };
}

function startingPosition(
  render: DisplayGraph,
  store: EntityStore,
  key: string,
  index: number,
): Position {
  const placed = store
    .edgesOf(key)
    .map((edge) => (edge.source === key ? edge.target : edge.source))
    .filter((other) => render.hasNode(other));
  const offset = jitter(key);
  if (placed.length === 0) {
    const spiral = spiralPosition(render.order + index);
    return { x: spiral.x + offset.x, y: spiral.y + offset.y };
  }
  const x =
    placed.reduce((sum, other) => sum + render.getNodeAttribute(other, "x"), 0) / placed.length;
  const y =
    placed.reduce((sum, other) => sum + render.getNodeAttribute(other, "y"), 0) / placed.length;
  return { x: x + offset.x, y: y + offset.y };
}

export interface SyncResult {
  added: string[];
  removed: string[];
}

/** Whether a link held on the view's day (see link-on-day.ts); `key` is its edge key. */
export type LinkOnDay = (properties: Properties, key: string) => HeldOnDay;

export function syncRenderGraph(
  render: DisplayGraph,
  store: EntityStore,
  visible: readonly string[],
  pinned: Readonly<Record<string, Position>>,
  memory: Map<string, Position>,
  onDay: LinkOnDay,
): SyncResult {
  const wanted = new Set(visible.filter((key) => store.has(key)));
  const removed: string[] = [];
  render.forEachNode((key, attributes) => {
    if (wanted.has(key)) return;
    memory.set(key, { x: attributes.x, y: attributes.y });
    removed.push(key);
  });
  for (const key of removed) render.dropNode(key);

  const added: string[] = [];
  for (const key of wanted) {
    if (render.hasNode(key)) continue;
    const node = store.node(key);
    if (!node) continue;
    const position =
      pinned[key] ?? memory.get(key) ?? startingPosition(render, store, key, added.length);
    render.addNode(key, nodeDisplay(node, position));
    added.push(key);
  }
  render.forEachNode((key, attributes) => {
    const pin = pinned[key];
    if (pin) render.mergeNodeAttributes(key, { x: pin.x, y: pin.y, fixed: true });
    else if (attributes.fixed) render.setNodeAttribute(key, "fixed", false);
  });
  let linksChanged = 0;
  for (const edge of store.edgesAmong(wanted)) {
    const { state } = onDay(edge.properties, edge.key);
    const drawn = render.hasEdge(edge.key);
    if (state === "notHeld") {
      // A link not valid on the view's day (an ended one, an older version) leaves the canvas.
      if (drawn) {
        render.dropEdge(edge.key);
        linksChanged += 1;
      }
      continue;
    }
    const uncertain = state === "mayHaveHeld";
    if (drawn) {
      if (render.getEdgeAttribute(edge.key, "mayHaveHeld") !== uncertain) {
        render.replaceEdgeAttributes(edge.key, edgeDisplay(edge.type, edge.properties, uncertain));
      }
      continue;
    }
    render.addDirectedEdgeWithKey(
      edge.key,
      edge.source,
      edge.target,
      edgeDisplay(edge.type, edge.properties, uncertain),
    );
    linksChanged += 1;
  }
  // Sizes follow the links on screen; a view change that moved none (a selection, a layout
  // switch) leaves them, and sigma is spared a pass over every node.
  if (added.length > 0 || removed.length > 0 || linksChanged > 0) sizeNodesByLinks(render);
  return { added, removed };
}
