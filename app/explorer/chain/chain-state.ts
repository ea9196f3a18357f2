/**
 * Turns a chain or path answer into what the canvas highlights and the panel lists. The chain
 * comes worked out and keyed by entity id from the server (domain/ownership/chain-summary.ts);
 * nothing is computed here. A path answer is keyed by element id and mapped onto entity keys.
 */
import { withEntityKeys } from "../../../domain/wire/entity-keys";
import type { ChainResponse, PathResponse } from "../../../domain/wire/explorer-api-types";
import type { ChainState, PathState } from "../controller/explorer-snapshot";

export function buildChainState(response: ChainResponse): ChainState {
  return {
    response,
    nodeKeys: response.graph.nodes.map((node) => node.key),
    edgeKeys: response.graph.edges.map((edge) => edge.key),
    // Chain up: the ends are the owners and controllers; down: the root is the one end.
    endKeys: response.direction === "up" ? response.ends.map((end) => end.key) : [response.rootKey],
  };
}

export function buildPathState(response: PathResponse): PathState {
  const { keyOf } = withEntityKeys(response.graph);
  return {
    response,
    nodeKeys: response.nodeKeys.map((key) => keyOf.get(key) ?? key),
    edgeKeys: response.edgeKeys,
  };
}
