/** The explorer's endpoints (server/routes/explorer-*.ts), typed. */
import type {
  ChainResponse,
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
 * The datasets a request leaves out (the view's hidden datasets), as the `hide` parameter:
 * every explorer read takes it, so search, expansion, chains and paths agree.
 */
export type HiddenDatasets = readonly string[];

const hideParam = (hide: HiddenDatasets) => (hide.length === 0 ? undefined : hide.join(","));

export function searchEntities(
  text: string,
  hide: HiddenDatasets,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return getJson(`/api/search${query({ q: text, limit: 15, hide: hideParam(hide) })}`, signal);
}

export function fetchEntities(
  ids: readonly string[],
  hide: HiddenDatasets,
  signal?: AbortSignal,
): Promise<EntitiesResponse> {
  const list = ids.map((id) => `ids=${encodeURIComponent(id)}`).join("&");
  const hidden = hide.length === 0 ? "" : `&hide=${encodeURIComponent(hide.join(","))}`;
  return getJson(`/api/entities?${list}${hidden}`, signal);
}

export function fetchEntityDetails(
  id: string,
  signal?: AbortSignal,
): Promise<EntityDetailsResponse> {
  return getJson(entityPath(id), signal);
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
  hide: HiddenDatasets,
  signal?: AbortSignal,
): Promise<NeighboursResponse> {
  return getJson(
    `${entityPath(id)}/neighbours${query({
      types: page.types.join(","),
      direction: page.direction,
      skip: page.skip,
      limit: page.limit,
      hide: hideParam(hide),
    })}`,
    signal,
  );
}

export function fetchChain(
  id: string,
  direction: "up" | "down",
  hide: HiddenDatasets,
  signal?: AbortSignal,
): Promise<ChainResponse> {
  return getJson(`${entityPath(id)}/chain-${direction}${query({ hide: hideParam(hide) })}`, signal);
}

export function fetchPath(
  fromId: string,
  toId: string,
  hide: HiddenDatasets,
  signal?: AbortSignal,
): Promise<PathResponse> {
  return getJson(`/api/path${query({ from: fromId, to: toId, hide: hideParam(hide) })}`, signal);
}

export function fetchOverview(hide: HiddenDatasets, signal?: AbortSignal): Promise<WireGraph> {
  return getJson(`/api/overview${query({ hide: hideParam(hide) })}`, signal);
}
