/**
 * What the user sees, as plain data: the entities on the canvas, what is hidden or pinned,
 * the selection, the layout, the chain or path in focus, and what each expansion added.
 * Every change is a pure function from one view to the next, so undo/redo keeps snapshots
 * and the URL can hold the view. Entities are named by their `id` property.
 */

export type LayoutMode = "force" | "hierarchy";

export interface Position {
  x: number;
  y: number;
}

/** What expanding one entity added, and how far its pages have been loaded. */
export interface Expansion {
  /** Entities this expansion put on the canvas (not those already there). */
  added: string[];
  /** Relationship types asked for; empty means every type. */
  types: string[];
  /** Relationships loaded so far (the next page starts here). */
  loaded: number;
  /** Relationships matching the types, in all pages. */
  total: number;
}

export type Focus =
  | { kind: "chain-up" | "chain-down"; entityId: string }
  | { kind: "path"; fromId: string; toId: string }
  | null;

export interface ViewState {
  entities: string[];
  /** Datasets left out of search, expansion, chains and paths (their ids). */
  hiddenDatasets: string[];
  /**
   * The day the graph is seen as of ("YYYY-MM-DD"), or null for the latest: relationships not
   * valid that day are left out everywhere, those that may have held are drawn as uncertain.
   */
  asOf: string | null;
  hidden: string[];
  pinned: Record<string, Position>;
  /**
   * Where the force layout last left the entities that are not pinned, so a link reopens the
   * same picture (only kept for canvases small enough for an address: see PLACES_IN_URL_MAX).
   */
  placed: Record<string, Position>;
  /** Up to two entities; the first is the one the panel shows. */
  selection: string[];
  layout: LayoutMode;
  focus: Focus;
  expansions: Record<string, Expansion>;
}

export const EMPTY_VIEW: ViewState = {
  entities: [],
  hiddenDatasets: [],
  asOf: null,
  hidden: [],
  pinned: {},
  placed: {},
  selection: [],
  layout: "force",
  focus: null,
  expansions: {},
};

function without<T>(list: readonly T[], drop: ReadonlySet<T>): T[] {
  return list.filter((item) => !drop.has(item));
}

function omitKeys<T>(record: Record<string, T>, drop: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !drop.has(key)));
}

function focusMentions(focus: Focus, ids: ReadonlySet<string>): boolean {
  if (!focus) return false;
  if (focus.kind === "path") return ids.has(focus.fromId) || ids.has(focus.toId);
  return ids.has(focus.entityId);
}

/**
 * Puts entities on the canvas (in order, each once). Entities the user hid stay hidden unless
 * `reveal` is set, as when the user picks one on purpose.
 */
export function addEntities(view: ViewState, ids: readonly string[], reveal = false): ViewState {
  const present = new Set(view.entities);
  const hidden = new Set(view.hidden);
  const fresh = ids.filter((id, index) => {
    if (present.has(id) || ids.indexOf(id) !== index) return false;
    return reveal || !hidden.has(id);
  });
  const revealed = reveal ? without(view.hidden, new Set(ids)) : view.hidden;
  if (fresh.length === 0 && revealed.length === view.hidden.length) return view;
  return { ...view, entities: [...view.entities, ...fresh], hidden: revealed };
}

/** Takes entities off the canvas, with everything that refers to them. */
export function removeEntities(view: ViewState, ids: readonly string[]): ViewState {
  const drop = new Set(ids.filter((id) => view.entities.includes(id)));
  if (drop.size === 0) return view;
  const expansions: Record<string, Expansion> = {};
  for (const [owner, expansion] of Object.entries(omitKeys(view.expansions, drop))) {
    expansions[owner] = { ...expansion, added: without(expansion.added, drop) };
  }
  return {
    ...view,
    entities: without(view.entities, drop),
    pinned: omitKeys(view.pinned, drop),
    placed: omitKeys(view.placed, drop),
    selection: without(view.selection, drop),
    focus: focusMentions(view.focus, drop) ? null : view.focus,
    expansions,
  };
}

/** Removes entities and keeps them off the canvas until shown again. */
export function hideEntities(view: ViewState, ids: readonly string[]): ViewState {
  const removed = removeEntities(view, ids);
  const hidden = [...removed.hidden, ...ids.filter((id) => !removed.hidden.includes(id))];
  return { ...removed, hidden };
}

export function showHidden(view: ViewState): ViewState {
  return view.hidden.length === 0 ? view : { ...view, hidden: [] };
}

/**
 * Records one page of an expansion: the entities it added are remembered so a collapse can
 * take them away again. A new type filter starts the paging afresh.
 */
export function recordExpansion(
  view: ViewState,
  entityId: string,
  page: { added: readonly string[]; types: readonly string[]; loaded: number; total: number },
): ViewState {
  const previous = view.expansions[entityId];
  const sameTypes = previous !== undefined && sameSet(previous.types, page.types);
  const earlier = previous?.added ?? [];
  const added = [...earlier, ...page.added.filter((id) => !earlier.includes(id))];
  return {
    ...view,
    expansions: {
      ...view.expansions,
      [entityId]: {
        added,
        types: [...page.types],
        loaded: sameTypes ? Math.max(previous.loaded, page.loaded) : page.loaded,
        total: page.total,
      },
    },
  };
}

/**
 * Undoes an expansion: what it added leaves the canvas, except entities the user holds on to
 * (selected, pinned, expanded themselves, or in the chain or path in focus).
 */
export function collapseExpansion(view: ViewState, entityId: string): ViewState {
  const expansion = view.expansions[entityId];
  if (!expansion) return view;
  const keep = new Set([entityId, ...view.selection, ...Object.keys(view.pinned)]);
  const owners = new Set(Object.keys(view.expansions).filter((owner) => owner !== entityId));
  const drop = expansion.added.filter(
    (id) => !keep.has(id) && !owners.has(id) && !focusMentions(view.focus, new Set([id])),
  );
  const collapsed = removeEntities(view, drop);
  return { ...collapsed, expansions: omitKeys(collapsed.expansions, new Set([entityId])) };
}

/** Selects one entity, or adds a second one (for the path between two), or clears. */
export function select(view: ViewState, id: string | null, additive = false): ViewState {
  if (id === null) return view.selection.length === 0 ? view : { ...view, selection: [] };
  if (!additive) {
    return view.selection.length === 1 && view.selection[0] === id
      ? view
      : { ...view, selection: [id] };
  }
  if (view.selection.includes(id))
    return { ...view, selection: view.selection.filter((s) => s !== id) };
  const first = view.selection[0];
  return { ...view, selection: first === undefined ? [id] : [first, id] };
}

export function pin(view: ViewState, id: string, position: Position): ViewState {
  return { ...view, pinned: { ...view.pinned, [id]: { x: position.x, y: position.y } } };
}

export function unpin(view: ViewState, id: string): ViewState {
  return id in view.pinned ? { ...view, pinned: omitKeys(view.pinned, new Set([id])) } : view;
}

export function setLayout(view: ViewState, layout: LayoutMode): ViewState {
  return view.layout === layout ? view : { ...view, layout };
}

export function setFocus(view: ViewState, focus: Focus): ViewState {
  return { ...view, focus };
}

/** Empties the canvas; the layout choice, the hidden datasets and the date stay. */
export function clearView(view: ViewState): ViewState {
  return {
    ...EMPTY_VIEW,
    layout: view.layout,
    hiddenDatasets: view.hiddenDatasets,
    asOf: view.asOf,
  };
}

/** Sees the graph as of a day ("YYYY-MM-DD"), or as of the latest with null. */
export function setAsOf(view: ViewState, asOf: string | null): ViewState {
  return view.asOf === asOf ? view : { ...view, asOf };
}

/**
 * Hides a dataset (or shows it again). Hiding takes its entities off the canvas: `datasetOf`
 * names the dataset of an entity on it (undefined when the page does not know).
 */
export function setDatasetHidden(
  view: ViewState,
  datasetId: string,
  hidden: boolean,
  datasetOf: (id: string) => string | undefined,
): ViewState {
  if (view.hiddenDatasets.includes(datasetId) === hidden) return view;
  if (!hidden) {
    return { ...view, hiddenDatasets: view.hiddenDatasets.filter((id) => id !== datasetId) };
  }
  const removed = removeEntities(
    view,
    view.entities.filter((id) => datasetOf(id) === datasetId),
  );
  return { ...removed, hiddenDatasets: [...view.hiddenDatasets, datasetId].sort() };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Most entities whose laid-out positions the view (and so the address) keeps. */
export const PLACES_IN_URL_MAX = 200;

/**
 * The view with the positions the force layout left the unpinned entities at; none when there
 * are more than PLACES_IN_URL_MAX of them (the address would grow too long to share).
 */
export function withPlaces(
  view: ViewState,
  positions: Readonly<Record<string, Position>>,
): ViewState {
  const onCanvas = new Set(view.entities);
  const placed: Record<string, Position> = {};
  let count = 0;
  for (const [id, position] of Object.entries(positions)) {
    if (!onCanvas.has(id) || id in view.pinned) continue;
    if (++count > PLACES_IN_URL_MAX) return { ...view, placed: {} };
    placed[id] = position;
  }
  return { ...view, placed };
}
