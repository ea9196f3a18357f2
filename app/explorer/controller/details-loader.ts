/** Loads the evidence panel's data for the selected entity: its facts and its relationships. */
import { fetchEntityDetails, fetchNeighbours } from "../../api/explorer-api";
import type { ExplorerModel } from "./explorer-model";
import type { RequestRunner } from "./request-runner";

/** Relationships the panel lists per page. */
export const PANEL_PAGE_SIZE = 100;

export class DetailsLoader {
  constructor(
    private readonly model: ExplorerModel,
    private readonly requests: RequestRunner,
  ) {}

  async load(id: string): Promise<void> {
    const current = this.model.getSnapshot().details;
    if (current?.id === id && current.status !== "error") return;
    this.model.update({
      details: { id, status: "loading", details: null, relationships: null, error: null },
    });
    const answer = await this.requests.run("details", "Reading the evidence…", async (signal) => {
      const [details, relationships] = await Promise.all([
        fetchEntityDetails(id, this.model.view, signal),
        fetchNeighbours(
          id,
          { types: [], skip: 0, limit: PANEL_PAGE_SIZE },
          this.model.view,
          signal,
        ),
      ]);
      return { details, relationships };
    });
    if (this.model.getSnapshot().details?.id !== id) return;
    if (!answer) {
      const error = this.model.getSnapshot().error ?? "The evidence could not be read.";
      this.model.update({
        details: { id, status: "error", details: null, relationships: null, error },
      });
      return;
    }
    this.model.store.merge(answer.relationships.graph, {
      ...answer.details.sources,
      ...answer.relationships.sources,
    });
    this.model.store.merge({ nodes: [answer.details.node], edges: [] });
    this.model.dataArrived();
    this.model.update({ details: { id, status: "ready", ...answer, error: null } });
  }

  /** The next page of the selected entity's relationships, appended to the list. */
  async more(): Promise<void> {
    const current = this.model.getSnapshot().details;
    const page = current?.relationships;
    if (!current || !page || page.remaining === 0) return;
    const answer = await this.requests.run(
      "details-more",
      "Reading more relationships…",
      (signal) =>
        fetchNeighbours(
          current.id,
          { types: [], skip: page.skip + page.returned, limit: PANEL_PAGE_SIZE },
          this.model.view,
          signal,
        ),
    );
    if (!answer || this.model.getSnapshot().details?.id !== current.id) return;
    this.model.store.merge(answer.graph, answer.sources);
    this.model.dataArrived();
    const relationships = {
      ...answer,
      skip: page.skip,
      returned: page.returned + answer.returned,
      items: [...page.items, ...answer.items],
    };
    this.model.update({ details: { ...current, relationships } });
  }

  clear(): void {
    this.model.update({ details: null });
  }
}
