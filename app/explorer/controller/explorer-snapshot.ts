/** What the React side of the explorer renders from: one immutable snapshot, replaced on change. */
import type { LinkChangeKind } from "../../../domain/time";
import type {
  ChainResponse,
  ChangesResponse,
  EntityDetailsResponse,
  NeighboursResponse,
  PathResponse,
} from "../../../domain/wire/explorer-api-types";
import { EMPTY_VIEW, type ViewState } from "../state/view-state";

export interface DetailsState {
  id: string;
  status: "loading" | "ready" | "error";
  details: EntityDetailsResponse | null;
  /** The first pages of the entity's relationships, for the evidence panel. */
  relationships: NeighboursResponse | null;
  error: string | null;
}

export interface ChainState {
  /** The chain as the server worked it out, keyed by entity id. */
  response: ChainResponse;
  /** Keys of the chain's members, links and ends (what the canvas highlights). */
  nodeKeys: string[];
  edgeKeys: string[];
  endKeys: string[];
}

export interface PathState {
  response: PathResponse;
  /** Client keys along the path, from the first selected entity to the second. */
  nodeKeys: string[];
  edgeKeys: string[];
}

export interface ChangesState {
  response: ChangesResponse;
  /** What happened to each link the canvas highlights (its edge key): appeared, ended, changed. */
  kindByEdge: ReadonlyMap<string, LinkChangeKind>;
  /** The entities at the ends of the changed links. */
  nodeKeys: string[];
}

export interface ExplorerSnapshot {
  view: ViewState;
  canUndo: boolean;
  canRedo: boolean;
  /** What the page is waiting for, in words; null when idle. */
  busy: string | null;
  /** The last failure, in words a user can act on. */
  error: string | null;
  /** True when the server or Neo4j did not answer: what is on screen stays. */
  offline: boolean;
  /** Something worth knowing that is not an error (ids from a link that are gone). */
  notice: string | null;
  onScreen: number;
  layoutRunning: boolean;
  /** How many layouts have started on this page (for tests and tools). */
  layoutRuns: number;
  details: DetailsState | null;
  selectedEdge: string | null;
  chain: ChainState | null;
  path: PathState | null;
  /** What changed between two days, listed in the panel and highlighted on the canvas. */
  changes: ChangesState | null;
  /** Grows whenever new data arrives, so panels that read the entity store re-render. */
  dataVersion: number;
  /** True until the first picture (overview or link) is on screen. */
  starting: boolean;
  /**
   * True when the graph is too large to draw a first picture of: an empty canvas shows the start
   * page (the datasets' summaries) instead of the overview.
   */
  startPage: boolean;
}

export const INITIAL_SNAPSHOT: ExplorerSnapshot = {
  view: EMPTY_VIEW,
  canUndo: false,
  canRedo: false,
  busy: null,
  error: null,
  offline: false,
  notice: null,
  onScreen: 0,
  layoutRunning: false,
  layoutRuns: 0,
  details: null,
  selectedEdge: null,
  chain: null,
  path: null,
  changes: null,
  dataVersion: 0,
  starting: true,
  startPage: false,
};
