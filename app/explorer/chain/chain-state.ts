/**
 * Turns a chain or path answer into what the canvas highlights and the panel lists: client
 * keys (entity ids) throughout, and the ownership arithmetic of domain/ownership run over the
 * chain (shares multiplied along paths, summed over parallel ones, ranges kept, unknowns
 * unknown, control as control, rings reported).
 */
import type { ChainResponse, PathResponse } from "../../../domain/graph/explorer-api-types";
import type { WireGraph } from "../../../domain/graph/graph-wire-types";
import {
  OwnershipError,
  computeHoldingsDown,
  computeUltimateOwners,
  ownershipEdgesFromWireGraph,
} from "../../../domain/ownership";
import { normaliseWireGraph } from "../graph/entity-store";
import type { ChainState, PathState } from "../controller/explorer-snapshot";

/** The same graph keyed the way the client keys it (entity ids). */
export function clientWireGraph(wire: WireGraph): { graph: WireGraph; keyOf: Map<string, string> } {
  const { nodes, edges, keyOf } = normaliseWireGraph(wire);
  return {
    keyOf,
    graph: {
      nodes: nodes.map((node) => ({
        key: node.key,
        attributes: { labels: node.labels, properties: node.properties },
      })),
      edges: edges.map((edge) => ({
        key: edge.key,
        source: edge.source,
        target: edge.target,
        attributes: { type: edge.type, properties: edge.properties },
      })),
    },
  };
}

export function buildChainState(response: ChainResponse): ChainState {
  const { graph, keyOf } = clientWireGraph(response.graph);
  const rootKey = keyOf.get(response.rootKey) ?? response.rootId;
  const base = {
    response,
    rootKey,
    nodeKeys: graph.nodes.map((node) => node.key),
    edgeKeys: graph.edges.map((edge) => edge.key),
  };
  try {
    const edges = ownershipEdgesFromWireGraph(graph);
    if (response.direction === "up") {
      const result = computeUltimateOwners(edges, rootKey);
      return { ...base, result, problem: null, endKeys: result.owners.map((owner) => owner.key) };
    }
    const result = computeHoldingsDown(edges, rootKey);
    return { ...base, result, problem: null, endKeys: [rootKey] };
  } catch (error) {
    if (!(error instanceof OwnershipError)) throw error;
    return { ...base, result: null, problem: error.message, endKeys: [rootKey] };
  }
}

export function buildPathState(response: PathResponse): PathState {
  const { keyOf } = clientWireGraph(response.graph);
  return {
    response,
    nodeKeys: response.nodeKeys.map((key) => keyOf.get(key) ?? key),
    edgeKeys: response.edgeKeys,
  };
}
