import type { OwnershipChainInput, OwnershipChainStep } from "../../domain/export";
import type { SerializedNode, WireGraph } from "../../domain/graph/graph-wire-types";
import {
  computeUltimateOwners,
  formatShare,
  formatStatedShare,
  OwnershipInputError,
  ownershipEdgesFromWireGraph,
  type ChainEdge,
  type ShareInterval,
  type UltimateOwner,
} from "../../domain/ownership";
import { ApiError } from "../query/query-errors";

/**
 * The report's ownership chains: from each ultimate owner or controller of the focus entity
 * down to it, every route, with each link's stated share ("unknown" when no source gives one)
 * and the effective share the ownership arithmetic finds along the route.
 */

const MAX_CHAINS = 40;
const CONTROL_ONLY = "none: control without a share of ownership";

function caption(node: SerializedNode | undefined, key: string): string {
  const properties = node?.attributes.properties;
  for (const value of [properties?.caption, properties?.name, properties?.id]) {
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return key;
}

function stepShare(edge: ChainEdge): string {
  if (edge.kind === "ownership") return formatStatedShare(edge.share);
  if (edge.relationshipType === "CONTROLS") {
    return edge.controlType ? `controls (${edge.controlType})` : "controls";
  }
  return edge.relationshipType.toLowerCase().replaceAll("_", " ");
}

function shareOrControl(share: ShareInterval | null): string {
  return share === null ? CONTROL_ONLY : formatShare(share);
}

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
  owner: UltimateOwner,
  targetCaption: string,
  nodes: ReadonlyMap<string, SerializedNode>,
): OwnershipChainInput[] {
  const title = `${caption(nodes.get(owner.key), owner.key)} → ${targetCaption}`;
  const total = shareOrControl(owner.effectiveShare);
  return owner.paths.map((path, index) => {
    const steps: OwnershipChainStep[] = path.edges.map((edge) => ({
      fromKey: edge.from,
      toKey: edge.to,
      edgeKey: edge.key,
      shareText: stepShare(edge),
    }));
    if (owner.paths.length === 1) return { title, steps, effectiveShareText: total };
    const route = `${title} (route ${index + 1} of ${owner.paths.length})`;
    if (owner.effectiveShare === null) return { title: route, steps, effectiveShareText: total };
    const along = path.share === null ? "none" : formatShare(path.share);
    return {
      title: route,
      steps,
      effectiveShareText: `${along} along this route; ${total} in all`,
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
  const nodes = new Map(graph.nodes.map((node) => [node.key, node]));
  const result = computeUltimateOwners(edges, target);
  const targetCaption = caption(nodes.get(target), target);
  const chains = result.owners
    .flatMap((owner) => ownerChains(owner, targetCaption, nodes))
    .slice(0, MAX_CHAINS);
  return { focusKey: target, chains };
}
