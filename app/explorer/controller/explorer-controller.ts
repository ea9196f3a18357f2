/**
 * What the user can do in the explorer, as methods the components call. Each fetches what it
 * needs, merges it into the entity store, and commits the next view (see view-state.ts).
 */
import type { SearchHit } from "../../../domain/wire/explorer-api-types";
import type { WireGraph } from "../../../domain/wire/graph-wire-types";
import {
  fetchChain,
  fetchEntities,
  fetchHealth,
  fetchNeighbours,
  fetchOverview,
  fetchPath,
  type ReadScope,
} from "../../api/explorer-api";
import { fetchDatasets } from "../../api/dataset-api";
import { fitToNodes, zoomToFit, type ExplorerSigma } from "../../canvas/camera";
import { opensOnStartPage } from "../start/large-graph";
import { buildChainState, buildPathState } from "../chain/chain-state";
import { nextPage } from "../expand/expand-paging";
import { redo, undo } from "../state/history";
import { decodeUrlView, type UrlView } from "../state/url-view";
import * as views from "../state/view-state";
import { DetailsLoader } from "./details-loader";
import type { ExplorerModel } from "./explorer-model";
import { RequestRunner } from "./request-runner";
import { TimeController, type TimeHost } from "./time-controller";

const RESTORE_BATCH = 200;

export class ExplorerController implements TimeHost {
  readonly requests: RequestRunner;
  readonly details: DetailsLoader;
  /** Seeing the graph as of a day, and comparing two days. */
  readonly time: TimeController;

  constructor(readonly model: ExplorerModel) {
    this.requests = new RequestRunner(model);
    this.details = new DetailsLoader(model, this.requests);
    this.time = new TimeController(this);
  }

  private get view(): views.ViewState {
    return this.model.view;
  }

  /** True once the first picture (a link's view or the overview) arrived. */
  private firstPicture = false;

  /** The first picture: the view a link holds, else the overview. */
  async start(search: string): Promise<void> {
    const { view, problems } = decodeUrlView(search);
    if (view && view.entities.length > 0) await this.restore(view, problems);
    else await this.loadOverview(view ?? views.EMPTY_VIEW);
    this.firstPicture = this.model.getSnapshot().error === null;
    this.model.update({ starting: false });
  }

  /**
   * The banner's Retry after the server or Neo4j did not answer: the first picture again if it
   * never came, else a health check that clears the banner once Neo4j answers.
   */
  async retry(search: string): Promise<void> {
    this.model.update({ error: null, offline: false });
    if (!this.firstPicture) {
      this.model.update({ starting: true });
      await this.start(search);
      return;
    }
    const health = await this.requests.run("health", "Checking the server…", (signal) =>
      fetchHealth(signal),
    );
    if (health) this.model.update({ notice: "The server and Neo4j answer again." });
  }

  /**
   * Reads a view's entities and the links among them (in its scope) into the store, in batches;
   * answers the ids no longer in the graph, or null when a newer request took over.
   */
  async readEntities(view: UrlView, label: string): Promise<string[] | null> {
    const missing: string[] = [];
    for (let start = 0; start < view.entities.length; start += RESTORE_BATCH) {
      const batch = view.entities.slice(start, start + RESTORE_BATCH);
      const answer = await this.requests.run("restore", label, (signal) =>
        fetchEntities(batch, view, signal),
      );
      if (!answer) return null;
      this.model.store.merge(answer.graph, answer.sources);
      missing.push(...answer.missingIds);
    }
    return missing;
  }

  private async restore(view: UrlView, problems: string[]): Promise<void> {
    const missing = await this.readEntities(view, "Opening the linked view…");
    if (missing === null) return;
    const present = view.entities.filter((id) => !missing.includes(id));
    this.model.reset({
      ...views.EMPTY_VIEW,
      ...view,
      entities: present,
      selection: view.selection.filter((id) => present.includes(id)),
    });
    const notes = [
      missing.length > 0
        ? `${missing.length} entities from the link are no longer in the graph (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}).`
        : null,
      problems.length > 0 ? `Parts of the link could not be read: ${problems.join("; ")}.` : null,
    ].filter((note) => note !== null);
    this.model.update({ notice: notes.length > 0 ? notes.join(" ") : null });
    this.model.dataArrived();
    const focus = this.view.focus;
    if (focus?.kind === "path") await this.showPath(focus.fromId, focus.toId, false);
    else if (focus)
      await this.showChain(focus.entityId, focus.kind === "chain-up" ? "up" : "down", false);
    const first = this.view.selection[0];
    if (first) void this.details.load(first);
  }

  /**
   * The overview, with the datasets `scope` hides left out, as of its day; for a graph too large
   * to draw a first picture of, an empty canvas with the start page instead.
   */
  async loadOverview(scope: ReadScope = views.EMPTY_VIEW): Promise<void> {
    const listed = await this.requests.run("overview", "Loading the graph…", (signal) =>
      fetchDatasets(signal),
    );
    if (!listed) return;
    const startPage = opensOnStartPage(listed.datasets, scope.hiddenDatasets);
    this.model.update({ startPage });
    const start = {
      ...views.EMPTY_VIEW,
      hiddenDatasets: [...scope.hiddenDatasets],
      asOf: scope.asOf,
    };
    const scoped = scope.hiddenDatasets.length > 0 || scope.asOf !== null;
    if (startPage) {
      this.model.reset(start, scoped);
      return;
    }
    const wire = await this.requests.run("overview", "Loading the graph…", (signal) =>
      fetchOverview(scope, signal),
    );
    if (!wire) return;
    const { keys } = this.model.store.merge(wire);
    this.model.dataArrived();
    this.model.reset(views.addEntities(start, keys), scoped);
  }

  /** Puts an entity named by id (from the start page) on the canvas and selects it. */
  async openEntity(id: string): Promise<void> {
    const answer = await this.requests.run("restore", "Opening the entity…", (signal) =>
      fetchEntities([id], this.view, signal),
    );
    if (!answer) return;
    if (answer.missingIds.includes(id)) {
      this.model.update({ notice: `${id} is no longer in the graph.` });
      return;
    }
    this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    this.showEntity(id);
  }

  /** Puts a search hit on the canvas and selects it. */
  openHit(hit: SearchHit): void {
    const { keys } = this.model.store.merge({ nodes: [hit.node], edges: [] });
    this.model.dataArrived();
    this.showEntity(keys[0] ?? hit.id);
  }

  /** Puts an entity the page knows of on the canvas (again) and selects it. */
  showEntity(key: string): void {
    if (!this.model.store.has(key)) return;
    this.model.update({ selectedEdge: null });
    this.model.commit(views.select(views.addEntities(this.view, [key], true), key));
    void this.details.load(key);
    this.focusWhenArranged([key]);
  }

  select(id: string | null, additive = false): void {
    this.model.update({ selectedEdge: null });
    this.model.commit(views.select(this.view, id, additive), "quiet", false);
    const first = this.view.selection[0];
    if (first) void this.details.load(first);
    else this.details.clear();
  }

  selectEdge(key: string | null): void {
    this.model.update({ selectedEdge: key });
    this.model.refreshHighlight();
  }

  /** Expands an entity: the next page of its neighbours, optionally of some types only. */
  async expand(
    id: string,
    types: readonly string[] = this.view.expansions[id]?.types ?? [],
  ): Promise<void> {
    const page = nextPage(this.view.expansions[id], types);
    const caption = this.model.store.node(id)?.properties["caption"] ?? id;
    const answer = await this.requests.run("expand", `Expanding ${String(caption)}…`, (signal) =>
      fetchNeighbours(id, page, this.view, signal),
    );
    if (!answer) return;
    const { keyOf } = this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    const neighbours = answer.items.map(
      (item) => keyOf.get(item.neighbourKey) ?? item.neighbourKey,
    );
    const before = new Set(this.view.entities);
    const grown = views.addEntities(this.view, [id, ...neighbours]);
    this.model.commit(
      views.recordExpansion(grown, id, {
        added: grown.entities.filter((key) => !before.has(key)),
        types: answer.types,
        loaded: answer.skip + answer.returned,
        total: answer.total,
      }),
    );
  }

  collapse(id: string): void {
    this.model.commit(views.collapseExpansion(this.view, id));
  }

  hide(ids: readonly string[]): void {
    this.model.commit(views.hideEntities(this.view, ids));
  }

  showHidden(): void {
    this.model.commit(views.showHidden(this.view));
  }

  /**
   * Hides a dataset (its entities leave the canvas, and the server leaves it out of search,
   * expansion, chains and paths) or shows it again; the chain or path in focus is asked again.
   */
  async setDatasetHidden(datasetId: string, hidden: boolean): Promise<void> {
    const next = views.setDatasetHidden(this.view, datasetId, hidden, this.datasetOf);
    if (next === this.view) return;
    this.model.update({ selectedEdge: null });
    this.details.clear();
    this.model.commit(next);
    await this.askFocusAgain();
  }

  /** The chain or path in focus and the selection's evidence, read again for the view's scope. */
  async askFocusAgain(): Promise<void> {
    const focus = this.view.focus;
    if (focus?.kind === "path") await this.showPath(focus.fromId, focus.toId, false);
    else if (focus)
      await this.showChain(focus.entityId, focus.kind === "chain-up" ? "up" : "down", false);
    const first = this.view.selection[0];
    if (first) void this.details.load(first);
  }

  /** A dataset was removed: its entities leave the canvas, and it is no longer hidden. */
  datasetRemoved(datasetId: string): void {
    const hidden = views.setDatasetHidden(this.view, datasetId, true, this.datasetOf);
    const next = views.setDatasetHidden(hidden, datasetId, false, this.datasetOf);
    const unchanged =
      next.entities.length === this.view.entities.length &&
      next.hiddenDatasets.length === this.view.hiddenDatasets.length;
    if (unchanged) return;
    this.details.clear();
    this.model.commit(next);
  }

  private readonly datasetOf = (key: string): string | undefined => {
    const value = this.model.store.node(key)?.properties["dataset"];
    return typeof value === "string" ? value : undefined;
  };

  clear(): void {
    this.model.update({ chain: null, path: null, changes: null, selectedEdge: null });
    this.details.clear();
    this.model.commit(views.clearView(this.view));
  }

  pin(id: string, position: views.Position): void {
    this.model.commit(views.pin(this.view, id, position), "step", false);
  }

  unpin(id: string): void {
    this.model.commit(views.unpin(this.view, id), "step", false);
  }

  setLayout(layout: views.LayoutMode): void {
    if (layout === this.view.layout) this.model.runLayout();
    else this.model.commit(views.setLayout(this.view, layout));
  }

  /**
   * The browser's back or forward button moved to `search`: one undo or redo when that is the
   * view it names, otherwise the view is opened as a link is.
   */
  async followAddress(search: string): Promise<void> {
    if (search === this.model.address()) return;
    if (search === this.model.neighbourAddress(-1)) this.undo();
    else if (search === this.model.neighbourAddress(1)) this.redo();
    else await this.start(search);
  }

  undo(): void {
    this.model.moveHistory(undo);
  }

  redo(): void {
    this.model.moveHistory(redo);
  }

  /** Draws and highlights the chain up to the ultimate owners (or down to the holdings). */
  async showChain(id: string, direction: "up" | "down", record = true): Promise<void> {
    const verb =
      direction === "up"
        ? "Finding who owns or controls"
        : "Finding what is owned or controlled by";
    const answer = await this.requests.run("focus", `${verb} ${id}…`, (signal) =>
      fetchChain(id, direction, this.view, signal),
    );
    if (!answer) return;
    this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    const chain = buildChainState(answer);
    this.model.update({ chain, path: null, changes: null });
    const focus = { kind: direction === "up" ? "chain-up" : "chain-down", entityId: id } as const;
    const next = views.setFocus(
      views.setLayout(views.addEntities(this.view, chain.nodeKeys, true), "hierarchy"),
      focus,
    );
    this.model.commit(next, record ? "step" : "quiet");
    this.focusWhenArranged(chain.nodeKeys);
  }

  /** Draws and highlights the shortest path between two entities. */
  async showPath(fromId: string, toId: string, record = true): Promise<void> {
    const answer = await this.requests.run("focus", "Finding the shortest path…", (signal) =>
      fetchPath(fromId, toId, this.view, signal),
    );
    if (!answer) return;
    this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    const path = buildPathState(answer);
    this.model.update({ path, chain: null, changes: null, notice: answer.message });
    const next = views.setFocus(
      views.addEntities(this.view, path.nodeKeys, true),
      answer.found ? { kind: "path", fromId, toId } : null,
    );
    this.model.commit(next, record ? "step" : "quiet");
    if (answer.found) this.focusWhenArranged(path.nodeKeys);
  }

  clearFocus(): void {
    this.model.update({ chain: null, path: null, changes: null });
    this.model.commit(views.setFocus(this.view, null), "step", false);
  }

  /** A graph from the Cypher console, merged into the canvas or replacing it. */
  showGraph(wire: WireGraph, how: "merge" | "replace"): void {
    const { keys } = this.model.store.merge(wire);
    this.model.dataArrived();
    const base = how === "replace" ? views.clearView(this.view) : this.view;
    if (how === "replace") this.model.update({ chain: null, path: null });
    this.model.commit(views.addEntities(base, keys, true));
  }

  /** The sigma renderer of the canvas, for camera moves and highlight refreshes. */
  attachRenderer(renderer: ExplorerSigma | null): void {
    this.model.renderer = renderer;
  }

  zoomToFit(): void {
    if (this.model.renderer) zoomToFit(this.model.renderer);
  }

  focusCamera(keys: readonly string[]): void {
    if (this.model.renderer) fitToNodes(this.model.renderer, keys);
  }

  /**
   * Frames `keys` once the layout has put them in place. Not awaited: the caller's work is done
   * when the view is committed; the camera follows the animation on its own.
   */
  focusWhenArranged(keys: readonly string[]): void {
    void this.model.layout.whenArranged().then(() => this.focusCamera(keys));
  }

  dispose(): void {
    this.requests.cancelAll();
    this.model.dispose();
  }
}
