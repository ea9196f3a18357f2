/**
 * The explorer's state outside React: the entity store (data graph), the render graph sigma
 * draws, the view history, and the highlight the reducers read. React subscribes to a
 * snapshot (useSyncExternalStore); layout frames and hovering never re-render React.
 */
import { createDisplayGraph, type DisplayGraph } from "../../canvas/display-graph";
import type { ExplorerSigma } from "../../canvas/camera";
import { EMPTY_HIGHLIGHT, type HighlightState } from "../../canvas/highlight";
import { EntityStore } from "../store/entity-store";
import { syncRenderGraph, type LinkOnDay } from "../store/render-sync";
import { linkOnDay } from "../time/link-on-day";
import { LayoutRunner } from "../layout/layout-runner";
import {
  canRedo,
  canUndo,
  pushHistory,
  replacePresent,
  startHistory,
  type History,
} from "../state/history";
import { encodeUrlView } from "../state/url-view";
import {
  EMPTY_VIEW,
  PLACES_IN_URL_MAX,
  withPlaces,
  type Position,
  type ViewState,
} from "../state/view-state";
import { INITIAL_SNAPSHOT, type ExplorerSnapshot } from "./explorer-snapshot";
import { focusHighlight } from "./focus-highlight";

/** How a view change enters the history: a step of its own, or folded into the present. */
export type CommitKind = "step" | "quiet";

/**
 * Writes the view's address: "push" for a step of its own (the browser's back button then
 * steps back to the view before it), "replace" for everything else.
 */
export type AddressWriter = (search: string, entry: "push" | "replace") => void;

export class ExplorerModel {
  readonly store = new EntityStore();
  readonly render: DisplayGraph = createDisplayGraph();
  readonly layout: LayoutRunner;
  renderer: ExplorerSigma | null = null;

  private history: History<ViewState> = startHistory(EMPTY_VIEW);
  private snapshot: ExplorerSnapshot = INITIAL_SNAPSHOT;
  private highlight: HighlightState = EMPTY_HIGHLIGHT;
  private readonly listeners = new Set<() => void>();
  private readonly positions = new Map<string, Position>();
  /** The view shown with a clean address bar (the overview), if it is still in the history. */
  private unaddressed: ViewState | null = null;

  constructor(private readonly writeUrl: AddressWriter) {
    this.layout = new LayoutRunner(this.render, (running) => {
      this.update({
        layoutRunning: running,
        layoutRuns: this.snapshot.layoutRuns + (running ? 1 : 0),
      });
      // After this call returns: a layout also stops inside applyView, before a new one starts.
      if (!running) setTimeout(() => this.recordPlaces(), 0);
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ExplorerSnapshot => this.snapshot;

  /** Read by sigma's reducers on every frame. */
  currentHighlight = (): HighlightState => this.highlight;

  get view(): ViewState {
    return this.history.present;
  }

  update(partial: Partial<ExplorerSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...partial };
    for (const listener of this.listeners) listener();
  }

  /** Notes that the store holds new data (panels re-read it). */
  dataArrived(): void {
    this.update({ dataVersion: this.snapshot.dataVersion + 1 });
  }

  /** Makes `next` the view: history, canvas, highlight, URL and snapshot follow. */
  commit(next: ViewState, kind: CommitKind = "step", relayout = true): void {
    const previous = this.history.present;
    const before = this.history;
    this.history =
      kind === "step" ? pushHistory(this.history, next) : replacePresent(this.history, next);
    const stepped = kind === "step" && this.history !== before;
    this.applyView(previous, relayout, stepped ? "push" : "replace");
  }

  /** The address of the view one undo (-1) or one redo (+1) away, if there is one. */
  neighbourAddress(step: -1 | 1): string | null {
    const view = step < 0 ? this.history.past.at(-1) : this.history.future[0];
    return view ? this.addressOf(view) : null;
  }

  /** The address of the present view. */
  address(): string {
    return this.addressOf(this.history.present);
  }

  private addressOf(view: ViewState): string {
    return view === this.unaddressed ? "" : encodeUrlView(view);
  }

  /**
   * Replaces the history (a restored link or the overview is where undo stops). The overview
   * leaves the address bar clean until the user changes something.
   */
  reset(view: ViewState, writeUrl = true): void {
    const previous = this.history.present;
    this.history = startHistory(view);
    this.unaddressed = writeUrl ? null : view;
    this.applyView(previous, true, writeUrl ? "replace" : null);
  }

  moveHistory(move: (history: History<ViewState>) => History<ViewState>): void {
    const previous = this.history.present;
    this.history = move(this.history);
    this.applyView(previous, true);
  }

  private applyView(
    previous: ViewState,
    relayout: boolean,
    entry: "push" | "replace" | null = "replace",
  ): void {
    const view = this.history.present;
    const visible = view.entities.filter((id) => !view.hidden.includes(id));
    // Entities arriving where the view says the layout left them (undo, a restored link).
    for (const [id, position] of Object.entries(view.placed)) {
      if (!this.render.hasNode(id)) this.positions.set(id, position);
    }
    const { added } = syncRenderGraph(
      this.render,
      this.store,
      visible,
      view.pinned,
      this.positions,
      this.linkOnDay(view),
    );
    const layoutChanged = previous.layout !== view.layout;
    const unplaced = added.filter((id) => !(id in view.placed) && !(id in view.pinned));
    if (relayout && (unplaced.length > 0 || layoutChanged || previous.focus !== view.focus))
      this.runLayout();
    this.refreshHighlight();
    if (entry) this.writeUrl(this.addressOf(view), entry);
    this.update({
      view,
      canUndo: canUndo(this.history),
      canRedo: canRedo(this.history),
      onScreen: this.render.order,
    });
  }

  /**
   * Whether a link is drawn for `view`: held on its day, or one of the changes on show (a link
   * that ended between the two days compared is drawn, highlighted, though it no longer holds).
   */
  private linkOnDay(view: ViewState): LinkOnDay {
    const changed = this.snapshot.changes?.kindByEdge;
    return (properties, key) =>
      changed?.has(key) === true ? { state: "held" } : linkOnDay(properties, view.asOf);
  }

  /** Draws the present view again (after what it shows changed outside the view). */
  redraw(): void {
    this.applyView(this.history.present, false, null);
  }

  /** Keeps where the force layout left the entities in the view (and so in the address). */
  private recordPlaces(): void {
    const view = this.history.present;
    if (view.layout !== "force" || this.snapshot.layoutRunning) return;
    const positions: Record<string, Position> = {};
    // A canvas too big for the address keeps no places (withPlaces): no need to read them.
    if (this.render.order <= PLACES_IN_URL_MAX + Object.keys(view.pinned).length) {
      this.render.forEachNode((id, { x, y }) => {
        positions[id] = { x, y };
      });
    }
    const next = withPlaces(view, positions);
    if (Object.keys(next.placed).length === 0 && Object.keys(view.placed).length === 0) return;
    // The canvas already shows these places: only the history, the address and the snapshot
    // follow (no sync, layout or highlight pass). The overview keeps its clean address.
    this.history = replacePresent(this.history, next);
    if (view === this.unaddressed) this.unaddressed = next;
    this.writeUrl(this.addressOf(next), "replace");
    this.update({ view: next });
  }

  runLayout(): void {
    if (this.history.present.layout === "hierarchy") {
      const focus = focusHighlight(this.snapshot, this.history.present, this.store);
      this.layout.runHierarchy(focus.focusNodes ?? new Set());
    } else {
      this.layout.runForce();
    }
  }

  /** Recomputes what the reducers emphasise from the view, the focus result and the hover. */
  refreshHighlight(hover?: { node: string | null }): void {
    const view = this.history.present;
    const hovered = hover ? hover.node : this.highlight.hovered;
    const live = hovered !== null && this.render.hasNode(hovered) ? hovered : null;
    this.highlight = {
      ...focusHighlight(this.snapshot, view, this.store),
      hovered: live,
      hoverNodes: live ? new Set(this.render.neighbors(live)) : new Set(),
      hoverEdges: live ? new Set(this.render.edges(live)) : new Set(),
      selected: new Set(view.selection),
      selectedEdge: this.snapshot.selectedEdge,
    };
    this.renderer?.refresh({ skipIndexation: true, schedule: true });
  }

  /** Where a node is drawn now (for pinning), or null when it is not on the canvas. */
  positionOf(key: string): Position | null {
    if (!this.render.hasNode(key)) return null;
    const { x, y } = this.render.getNodeAttributes(key);
    return { x, y };
  }

  dispose(): void {
    this.layout.stop();
    this.listeners.clear();
  }
}
