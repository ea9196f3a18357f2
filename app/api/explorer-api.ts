/** The explorer's endpoints (server/routes/explorer-*.ts), typed. */
import type {
  ChainResponse,
  ChangesResponse,
  TimelineResponse,
  EntitiesResponse,
  EntityDetailsResponse,
  NeighbourDirection,
  NeighboursResponse,
  PathResponse,
  SearchResponse,
} from "../../domain/wire/explorer-api-types";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { getJson } from "./api-client";

function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** GET /api/health: resolves when the server and Neo4j answer, throws (503) when not. */
export function fetchHealth(signal?: AbortSignal): Promise<{ status: string }> {
  return getJson("/api/health", signal);
}

const entityPath = (id: string) => `/api/entities/${encodeURIComponent(id)}`;

/**
 * What every explorer read is scoped by, so search, expansion, chains and paths agree: the
 * datasets it leaves out (the `hide` parameter) and the day the graph is seen as of (`asOf`;
 * null for the latest). A view state is one.
 */
export interface ReadScope {
  readonly hiddenDatasets: readonly string[];
  readonly asOf: string | null;
}

function scopeParams(scope: ReadScope): { hide?: string; asOf?: string } {
  return {
    ...(scope.hiddenDatasets.length === 0 ? {} : { hide: scope.hiddenDatasets.join(",") }),
    ...(scope.asOf === null ? {} : { asOf: scope.asOf }),
  };
}

export function searchEntities(
  text: string,
  scope: ReadScope,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return getJson(`/api/search${query({ q: text, limit: 15, ...scopeParams(scope) })}`, signal);
}

export function fetchEntities(
  ids: readonly string[],
  scope: ReadScope,
  signal?: AbortSignal,
): Promise<EntitiesResponse> {
  const list = ids.map((id) => `ids=${encodeURIComponent(id)}`).join("&");
  const rest = query(scopeParams(scope)).replace("?", "&");
  return getJson(`/api/entities?${list}${rest}`, signal);
}

/** An entity's facts, and its relationship counts as of the scope's day. */
export function fetchEntityDetails(
  id: string,
  scope: Pick<ReadScope, "asOf">,
  signal?: AbortSignal,
): Promise<EntityDetailsResponse> {
  return getJson(`${entityPath(id)}${query({ asOf: scope.asOf ?? undefined })}`, signal);
}

export interface NeighbourPage {
  types: readonly string[];
  direction?: NeighbourDirection;
  skip: number;
  limit: number;
}

export function fetchNeighbours(
  id: string,
  page: NeighbourPage,
  scope: ReadScope,
  signal?: AbortSignal,
): Promise<NeighboursResponse> {
  return getJson(
    `${entityPath(id)}/neighbours${query({
      types: page.types.join(","),
      direction: page.direction,
      skip: page.skip,
      limit: page.limit,
      ...scopeParams(scope),
    })}`,
    signal,
  );
}

export function fetchChain(
  id: string,
  direction: "up" | "down",
  scope: ReadScope,
  signal?: AbortSignal,
): Promise<ChainResponse> {
  return getJson(`${entityPath(id)}/chain-${direction}${query(scopeParams(scope))}`, signal);
}

export function fetchPath(
  fromId: string,
  toId: string,
  scope: ReadScope,
  signal?: AbortSignal,
): Promise<PathResponse> {
  return getJson(`/api/path${query({ from: fromId, to: toId, ...scopeParams(scope) })}`, signal);
}

export function fetchOverview(scope: ReadScope, signal?: AbortSignal): Promise<WireGraph> {
  return getJson(`/api/overview${query(scopeParams(scope))}`, signal);
}

/** What changed along an entity's chain up and holdings down between two days. */
export function fetchChanges(
  id: string,
  from: string,
  to: string,
  scope: Pick<ReadScope, "hiddenDatasets">,
  signal?: AbortSignal,
): Promise<ChangesResponse> {
  const params = scopeParams({ hiddenDatasets: scope.hiddenDatasets, asOf: null });
  return getJson(`${entityPath(id)}/changes${query({ from, to, ...params })}`, signal);
}

/** Every version of the links of an entity's direct owners and controllers, with when each held. */
export function fetchTimeline(
  id: string,
  scope: Pick<ReadScope, "hiddenDatasets">,
  signal?: AbortSignal,
): Promise<TimelineResponse> {
  const params = scopeParams({ hiddenDatasets: scope.hiddenDatasets, asOf: null });
  return getJson(`${entityPath(id)}/timeline${query(params)}`, signal);
}
