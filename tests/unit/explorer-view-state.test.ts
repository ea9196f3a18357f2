import { describe, expect, it } from "vitest";
import {
  EMPTY_VIEW,
  PLACES_IN_URL_MAX,
  addEntities,
  clearView,
  collapseExpansion,
  hideEntities,
  pin,
  recordExpansion,
  removeEntities,
  select,
  setFocus,
  setLayout,
  showHidden,
  unpin,
  withPlaces,
  type ViewState,
} from "../../app/explorer/state/view-state";

const view = (entities: string[], extra: Partial<ViewState> = {}): ViewState => ({
  ...EMPTY_VIEW,
  entities,
  ...extra,
});

describe("view state updates", () => {
  it("adds entities once, in order, and returns the same view when nothing changes", () => {
    const next = addEntities(view(["a"]), ["b", "a", "c", "b"]);
    expect(next.entities).toEqual(["a", "b", "c"]);
    const same = view(["a"]);
    expect(addEntities(same, ["a"])).toBe(same);
  });

  it("keeps hidden entities off unless the user picks one on purpose", () => {
    const hidden = hideEntities(view(["a", "b"]), ["b"]);
    expect(hidden.entities).toEqual(["a"]);
    expect(hidden.hidden).toEqual(["b"]);
    expect(addEntities(hidden, ["b"]).entities).toEqual(["a"]);
    const revealed = addEntities(hidden, ["b"], true);
    expect(revealed.entities).toEqual(["a", "b"]);
    expect(revealed.hidden).toEqual([]);
    expect(showHidden(hidden).hidden).toEqual([]);
  });

  it("removing an entity drops its selection, pin, place, focus and expansion", () => {
    let state = view(["a", "b", "c"], {
      selection: ["b"],
      pinned: { b: { x: 1, y: 2 } },
      placed: { a: { x: 0, y: 0 }, c: { x: 3, y: 4 } },
      focus: { kind: "chain-up", entityId: "b" },
    });
    state = recordExpansion(state, "b", { added: ["c"], types: [], loaded: 1, total: 1 });
    const next = removeEntities(state, ["b"]);
    expect(next.entities).toEqual(["a", "c"]);
    expect(next.selection).toEqual([]);
    expect(next.pinned).toEqual({});
    expect(next.focus).toBeNull();
    expect(next.expansions).toEqual({});
    expect(removeEntities(state, ["c"]).placed).toEqual({ a: { x: 0, y: 0 } });
  });

  it("keeps where the layout left the unpinned entities on the canvas, for small canvases", () => {
    const state = view(["a", "b"], { pinned: { b: { x: 9, y: 9 } } });
    const placed = withPlaces(state, {
      a: { x: 1, y: 2 },
      b: { x: 9, y: 9 },
      gone: { x: 5, y: 5 },
    }).placed;
    expect(placed).toEqual({ a: { x: 1, y: 2 } });
    const ids = Array.from({ length: PLACES_IN_URL_MAX + 1 }, (_, index) => `e${index}`);
    const big = view(ids);
    const everywhere = Object.fromEntries(ids.map((id, index) => [id, { x: index, y: 0 }]));
    expect(withPlaces(big, everywhere).placed).toEqual({});
    expect(Object.keys(withPlaces(view(ids.slice(1)), everywhere).placed)).toHaveLength(
      PLACES_IN_URL_MAX,
    );
  });

  it("collapses what an expansion added, but keeps what the user holds on to", () => {
    let state = view(["hub"]);
    state = addEntities(state, ["n1", "n2", "n3", "n4"]);
    state = recordExpansion(state, "hub", {
      added: ["n1", "n2", "n3", "n4"],
      types: [],
      loaded: 4,
      total: 4,
    });
    state = select(state, "n1");
    state = pin(state, "n2", { x: 0, y: 0 });
    state = recordExpansion(state, "n3", { added: [], types: [], loaded: 0, total: 0 });
    const collapsed = collapseExpansion(state, "hub");
    expect(collapsed.entities).toEqual(["hub", "n1", "n2", "n3"]);
    expect(collapsed.expansions["hub"]).toBeUndefined();
    expect(collapseExpansion(collapsed, "hub")).toBe(collapsed);
  });

  it("pages of one expansion accumulate; a new filter restarts the count", () => {
    let state = recordExpansion(view(["hub"]), "hub", {
      added: ["a"],
      types: ["OWNS"],
      loaded: 50,
      total: 120,
    });
    state = recordExpansion(state, "hub", {
      added: ["b"],
      types: ["OWNS"],
      loaded: 100,
      total: 120,
    });
    expect(state.expansions["hub"]).toEqual({
      added: ["a", "b"],
      types: ["OWNS"],
      loaded: 100,
      total: 120,
    });
    state = recordExpansion(state, "hub", { added: ["c"], types: [], loaded: 50, total: 300 });
    expect(state.expansions["hub"]?.loaded).toBe(50);
    expect(state.expansions["hub"]?.added).toEqual(["a", "b", "c"]);
  });

  it("selects one entity, adds a second with a modifier, toggles it off again", () => {
    let state = select(view(["a", "b", "c"]), "a");
    expect(state.selection).toEqual(["a"]);
    state = select(state, "b", true);
    expect(state.selection).toEqual(["a", "b"]);
    state = select(state, "c", true);
    expect(state.selection).toEqual(["a", "c"]);
    state = select(state, "c", true);
    expect(state.selection).toEqual(["a"]);
    expect(select(state, null).selection).toEqual([]);
  });

  it("pins and unpins, switches layout, sets focus, clears", () => {
    let state = pin(view(["a"]), "a", { x: 3, y: 4 });
    expect(state.pinned).toEqual({ a: { x: 3, y: 4 } });
    expect(unpin(state, "a").pinned).toEqual({});
    state = setFocus(setLayout(state, "hierarchy"), { kind: "chain-down", entityId: "a" });
    expect(state.layout).toBe("hierarchy");
    expect(clearView(state)).toEqual({ ...EMPTY_VIEW, layout: "hierarchy" });
  });
});
