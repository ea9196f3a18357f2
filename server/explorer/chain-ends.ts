/**
 * The ends of a chain walk, summarised for the API with the ownership arithmetic of
 * domain/ownership: ultimate owners and controllers above an entity, or holdings below it.
 */
import type { ChainEnd } from "../../domain/graph/explorer-api-types";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import {
  OwnershipError,
  computeHoldingsDown,
  computeUltimateOwners,
  formatShare,
  ownershipEdgesFromWireGraph,
  type Holding,
  type UltimateOwner,
} from "../../domain/ownership";
import { captionOf } from "./entity-summary";

export interface ChainEnds {
  ends: ChainEnd[];
  crossHoldings: { memberKeys: string[]; edgeKeys: string[] }[];
  truncated: boolean;
  /** Set when the data cannot be computed on (a share out of range): the graph is still drawn. */
  problem: string | null;
}

export function effectiveShareText(end: UltimateOwner | Holding): string {
  if (end.effectiveShare) return formatShare(end.effectiveShare);
  return end.reach === "ownership" ? "unknown" : "control without ownership";
}

export function summariseChainEnds(
  graph: WireGraph,
  rootKey: string,
  direction: "up" | "down",
): ChainEnds {
  const nodes = new Map(graph.nodes.map((node) => [node.key, node.attributes.properties]));
  try {
    const edges = ownershipEdgesFromWireGraph(graph);
    const result =
      direction === "up"
        ? computeUltimateOwners(edges, rootKey)
        : computeHoldingsDown(edges, rootKey);
    const list: (UltimateOwner | Holding)[] = "owners" in result ? result.owners : result.holdings;
    return {
      ends: list.map((end) => {
        const properties = nodes.get(end.key) ?? {};
        const id = properties["id"];
        return {
          key: end.key,
          id: typeof id === "string" ? id : null,
          caption: captionOf(properties),
          reach: end.reach,
          effectiveShare: effectiveShareText(end),
          inCrossHolding: end.inCrossHolding,
        };
      }),
      crossHoldings: result.crossHoldings,
      truncated: result.truncated,
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof OwnershipError)) throw error;
    return { ends: [], crossHoldings: [], truncated: false, problem: error.message };
  }
}
