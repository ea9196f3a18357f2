/**
 * The share one owner holds in one entity, from all the simple paths between them.
 *
 * Two figures are given:
 * - `ownershipOnlyShare`: shares multiplied along each path made of ownership links only,
 *   summed over those paths (look-through economic ownership).
 * - `effectiveShare`: the stake held by the owner itself or by entities it controls through
 *   control links alone (the Finnish state controls its ministry, so the ministry's holdings
 *   count for the state). A path counts when it is control links followed by ownership links;
 *   its share is the product of the ownership links. Each stake counts once: a path through an
 *   entity the owner controls is left to that entity's own path, and two control routes to
 *   the same stake count as one. A path whose ownership lies above a control link (A owns 40 %
 *   of B, which controls the target) holds no share of the target: it is control, shown as such.
 */
import { combineReach, reachOfEdges, type ChainEdge, type ChainReach } from "./chain-edge";
import { statedShareToInterval, type ShareInterval } from "./share";
import { productAlongPath, sumOverPaths } from "./share-arithmetic";

/** What a path adds to its owner's `effectiveShare`, and if nothing, why. */
export type PathContribution =
  /** Its share is part of the effective share. */
  | "counted"
  /** The same stake is already counted through another control route. */
  | "sameStakeCounted"
  /** It runs through an entity the owner controls, whose own path carries the stake. */
  | "heldByControlledEntity"
  /** No ownership below the control links: control without ownership. */
  | "noOwnershipShare";

export interface ChainPath {
  /** Node keys from the owner or controller down to the owned or controlled entity. */
  nodeKeys: string[];
  /** The links in the same order. */
  edges: ChainEdge[];
  reach: ChainReach;
  /** Product of the ownership links below the last control link; null when none apply. */
  share: ShareInterval | null;
  contribution: PathContribution;
}

export interface ChainShareSummary {
  reach: ChainReach;
  effectiveShare: ShareInterval | null;
  ownershipOnlyShare: ShareInterval | null;
  /** True when part of `effectiveShare` is held by entities the owner controls. */
  heldThroughControl: boolean;
  paths: ChainPath[];
}

/** A path as links from owner to owned, with its node keys in the same order. */
export interface OwnerToOwnedPath {
  nodeKeys: string[];
  edges: ChainEdge[];
}

function shareOfOwnershipLinks(edges: readonly ChainEdge[]): ShareInterval {
  // A plain loop: this runs for every path of every chain, and chains can have thousands.
  const shares: ShareInterval[] = [];
  for (const edge of edges)
    if (edge.kind === "ownership") shares.push(statedShareToInterval(edge.share));
  return productAlongPath(shares);
}

/** Short ids for links, so that a stake (a run of links) is named by a short string. */
class LinkOrdinals {
  private readonly ordinals = new Map<string, number>();

  of(edge: ChainEdge): number {
    let ordinal = this.ordinals.get(edge.key);
    if (ordinal === undefined) {
      ordinal = this.ordinals.size;
      this.ordinals.set(edge.key, ordinal);
    }
    return ordinal;
  }
}

function describePath(
  path: OwnerToOwnedPath,
  controlled: ReadonlySet<string>,
  countedStakes: Set<string>,
  links: LinkOrdinals,
): ChainPath {
  const { nodeKeys, edges } = path;
  const reach = reachOfEdges(edges);
  const firstOwnership = edges.findIndex((edge) => edge.kind === "ownership");
  // Ownership counts only below the last control link: every link from the first ownership on.
  let ownershipBelowControl = firstOwnership >= 0;
  for (let index = Math.max(firstOwnership, 0); index < edges.length; index++) {
    if (edges[index]?.kind !== "ownership") ownershipBelowControl = false;
  }
  if (!ownershipBelowControl) {
    return { nodeKeys, edges, reach, share: null, contribution: "noOwnershipShare" };
  }
  const suffix = firstOwnership === 0 ? edges : edges.slice(firstOwnership);
  const share = shareOfOwnershipLinks(suffix);
  for (let index = firstOwnership + 1; index < nodeKeys.length - 1; index++) {
    if (controlled.has(nodeKeys[index] ?? "")) {
      return { nodeKeys, edges, reach, share, contribution: "heldByControlledEntity" };
    }
  }
  let stake = "";
  for (const edge of suffix) stake += `${String(links.of(edge))},`;
  if (countedStakes.has(stake)) {
    return { nodeKeys, edges, reach, share, contribution: "sameStakeCounted" };
  }
  countedStakes.add(stake);
  return { nodeKeys, edges, reach, share, contribution: "counted" };
}

/**
 * Sums up the paths from one owner to one owned entity. `controlled` holds the owner and every
 * node it controls through control links alone (see `controlledKeys`).
 */
export function summarizeChainShare(
  paths: readonly OwnerToOwnedPath[],
  controlled: ReadonlySet<string>,
): ChainShareSummary {
  const countedStakes = new Set<string>();
  const links = new LinkOrdinals();
  const described = paths.map((path) => describePath(path, controlled, countedStakes, links));
  const counted = described.filter((path) => path.contribution === "counted");
  const ownershipOnly = described.filter((path) => path.reach === "ownership");
  return {
    reach: combineReach(described.map((path) => path.reach)),
    effectiveShare:
      counted.length === 0
        ? null
        : sumOverPaths(counted.flatMap((p) => (p.share ? [p.share] : []))),
    ownershipOnlyShare:
      ownershipOnly.length === 0
        ? null
        : // A path of ownership links only was described with the share of all its links.
          sumOverPaths(
            ownershipOnly.map((path) => path.share ?? shareOfOwnershipLinks(path.edges)),
          ),
    heldThroughControl: counted.some((path) => path.reach === "mixed"),
    paths: described,
  };
}
