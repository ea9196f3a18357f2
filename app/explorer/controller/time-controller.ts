/**
 * What the user can do with time in the explorer: see the graph as of a day, and compare two
 * days along an entity's chain. It works through the explorer's controller (TimeHost): the
 * entity reads, the overview and the focus asked again are the same for every action.
 */
import { fetchChanges, type ReadScope } from "../../api/explorer-api";
import { todayUtc } from "../../../domain/time";
import type { UrlView } from "../state/url-view";
import * as views from "../state/view-state";
import { buildChangesState } from "../time/changes-state";
import type { DetailsLoader } from "./details-loader";
import type { ExplorerModel } from "./explorer-model";
import type { RequestRunner } from "./request-runner";

/** What the time actions use of the explorer's controller. */
export interface TimeHost {
  readonly model: ExplorerModel;
  readonly requests: RequestRunner;
  readonly details: DetailsLoader;
  loadOverview(scope: ReadScope): Promise<void>;
  readEntities(view: UrlView, label: string): Promise<string[] | null>;
  askFocusAgain(): Promise<void>;
  focusWhenArranged(keys: readonly string[]): void;
}

export class TimeController {
  constructor(private readonly host: TimeHost) {}

  private get model(): ExplorerModel {
    return this.host.model;
  }

  /**
   * Sees the graph as of a day ("YYYY-MM-DD"), or the latest with null: the links among the
   * entities on the canvas are read again for that day (older versions of a link come in, the
   * canvas draws only those valid that day), and the chain or path in focus is asked again.
   */
  async setAsOf(asOf: string | null): Promise<void> {
    const next = views.setAsOf(this.model.view, asOf);
    if (next === this.model.view) return;
    this.model.update({ selectedEdge: null, changes: null });
    this.host.details.clear();
    if (next.entities.length === 0) {
      this.model.commit(next);
      await this.host.loadOverview(next);
      return;
    }
    // The links among the canvas's entities as of the new day come in before the canvas is
    // drawn for it, so older versions of a link appear at once.
    const label = `Reading the graph as of ${asOf ?? "today"}…`;
    if ((await this.host.readEntities(next, label)) === null) return;
    this.model.dataArrived();
    this.model.commit(next);
    await this.host.askFocusAgain();
  }

  /**
   * What changed along an entity's chain up and holdings down between two days: listed in the
   * panel, and on the canvas as of the second day with the links that appeared, changed or
   * ended in colour (an ended link stays drawn while the changes are shown).
   */
  async showChanges(id: string, from: string, to: string): Promise<void> {
    const answer = await this.host.requests.run(
      "focus",
      `Comparing ${from} with ${to}…`,
      (signal) => fetchChanges(id, from, to, this.model.view, signal),
    );
    if (!answer) return;
    this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    const changes = buildChangesState(answer);
    this.model.update({ changes, chain: null, path: null, selectedEdge: null });
    const day = to === todayUtc() ? null : to;
    const next = views.setAsOf(
      views.setFocus(views.addEntities(this.model.view, changes.nodeKeys, true), null),
      day,
    );
    this.model.commit(next);
    this.host.focusWhenArranged(changes.nodeKeys);
  }

  /** Ends the comparison: the canvas shows the view's day again. */
  clearChanges(): void {
    if (this.model.getSnapshot().changes === null) return;
    this.model.update({ changes: null });
    this.model.redraw();
  }
}
