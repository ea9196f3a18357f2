import type { OwnershipChainInput, OwnershipChainStep } from "../../domain/export";
import type { SerializedEdge, WireGraph } from "../../domain/wire/graph-wire-types";
import { nodeCaption, relationshipClaimText } from "../../domain/model";
import {
  OwnershipInputError,
  ownershipEdgesFromWireGraph,
  summariseChain,
  type ChainEdge,
  type ChainEndSummary,
} from "../../domain/ownership";
import { ApiError } from "../query/query-errors";

/**
 * The report's ownership chains: from each ultimate owner or controller of the focus entity
 * down to it, every route, with each link's stated share ("unknown" when no source gives one)
 * and the owner's figures the ownership arithmetic finds (economic share, stake under control,
 * each named with its method).
 */

const MAX_CHAINS = 40;

/** The node the focus names: a node key, else a node whose `id` property it is. */
export function resolveFocus(graph: WireGraph, focus: string): string | null {
  if (graph.nodes.some((node) => node.key === focus)) return focus;
  return graph.nodes.find((node) => node.attributes.properties.id === focus)?.key ?? null;
}

/**
 * Without a focus, the report takes the one entity at the bottom of the chains, if there is
 * exactly one: chain links come into it and none leave it (a checkpoint, a subsidiary).
 */
export function defaultFocus(edges: readonly ChainEdge[]): string | null {
  const from = new Set(edges.map((edge) => edge.from));
  const bottoms = new Set(edges.map((edge) => edge.to).filter((key) => !from.has(key)));
  return bottoms.size === 1 ? ([...bottoms][0] ?? null) : null;
}

function ownerChains(
  owner: ChainEndSummary,
  targetCaption: string,
  edges: ReadonlyMap<string, SerializedEdge>,
): OwnershipChainInput[] {
  const title = `${owner.caption} → ${targetCaption}`;
  const figures = owner.figures.map(({ name, method, value }) => ({ name, method, value }));
  return owner.paths.map((path, index) => {
    const steps: OwnershipChainStep[] = path.edgeKeys.map((edgeKey, step) => {
      const edge = edges.get(edgeKey);
      return {
        fromKey: path.nodeKeys[step] ?? "",
        toKey: path.nodeKeys[step + 1] ?? "",
        edgeKey,
        shareText: edge
          ? relationshipClaimText(edge.attributes.type, edge.attributes.properties)
          : "",
      };
    });
    if (owner.pathCount === 1) return { title, steps, routeShareText: "", figures };
    const route = `${title} (route ${index + 1} of ${owner.pathCount})`;
    if (!owner.holdsShare) return { title: route, steps, routeShareText: "", figures };
    return {
      title: route,
      steps,
      routeShareText: `economic share ${path.share}; ${path.contribution}`,
      figures,
    };
  });
}

export interface ReportChains {
  /** The node the chains end at; null when there is no focus and none could be chosen. */
  focusKey: string | null;
  chains: OwnershipChainInput[];
}

/** The chains for a report; none when there is no focus and none can be chosen. */
export function reportChains(graph: WireGraph, focus: string | null): ReportChains {
  let edges: ChainEdge[];
  try {
    edges = ownershipEdgesFromWireGraph(graph);
  } catch (error) {
    if (error instanceof OwnershipInputError) {
      throw new ApiError(422, "Ownergraph.BadShareData", error.message);
    }
    throw error;
  }
  const target = focus === null ? defaultFocus(edges) : resolveFocus(graph, focus);
  if (target === null) {
    if (focus === null) return { focusKey: null, chains: [] };
    throw new ApiError(
      400,
      "Ownergraph.BadExportRequest",
      `The focus "${focus}" is not in the exported graph: name one of its entities (entity id or node key).`,
    );
  }
  const node = graph.nodes.find((candidate) => candidate.key === target);
  const targetCaption = node ? nodeCaption(node) : target;
  const summary = summariseChain(graph, target, "up");
  const edgesByKey = new Map(graph.edges.map((edge) => [edge.key, edge]));
  const chains = summary.ends
    .flatMap((owner) => ownerChains(owner, targetCaption, edgesByKey))
    .slice(0, MAX_CHAINS);
  return { focusKey: target, chains };
}
