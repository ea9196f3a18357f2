/**
 * The figures one owner has in one entity, from all the simple paths between them. Ownership
 * and control are kept apart (docs/model.md, "Economic share and stake under control"):
 *
 * - `economicShare`: shares multiplied along each path made of ownership links only, summed
 *   over those paths (look-through economic ownership; control links add nothing).
 * - `stakeUnderControl`: the economic share held together by the owner and its control group,
 *   the entities it controls through control links and majority holdings (`controlledKeys`).
 *   Each stake is taken from its last holder in the group: a path runs through the group along
 *   controlling links, then along ownership links outside the group to the entity; its stake is
 *   the product of those ownership links. Each stake counts once: a path that re-enters the
 *   group is left to the member's own path, and two group routes to the same stake count as
 *   one. A path with a control link below its holding (A owns 40 % of B, which controls the
 *   entity) holds no stake of the entity: it is control, shown as such.
 *
 * Shares held in rings are counted once round here; `integrated-ownership.ts` gives the ring
 * method of the literature.
 */
import { combineReach, reachOfEdges, type ChainEdge, type ChainReach } from "./chain-edge";
import { isControllingLink } from "./chain-edge-index";
import { statedShareToInterval, type ShareInterval } from "./share";
import { productAlongPath, sumOverPaths } from "./share-arithmetic";

/** What a path adds to its owner's `stakeUnderControl`, and if nothing, why. */
export type PathContribution =
  /** Its stake is part of the stake under control. */
  | "counted"
  /** The same stake is already counted through another route through the control group. */
  | "sameStakeCounted"
  /** It runs through another entity of the control group, whose own path carries the stake. */
  | "heldByControlledEntity"
  /** A control link lies below the holding: control without a stake. */
  | "noOwnershipShare";

export interface ChainPath {
  /** Node keys from the owner or controller down to the owned or controlled entity. */
  nodeKeys: string[];
  /** The links in the same order. */
  edges: ChainEdge[];
  reach: ChainReach;
  /** The economic share along it: the product of its links when all are ownership links. */
  share: ShareInterval | null;
  /** The stake its last holder in the control group has along it; null when control only. */
  heldStake: ShareInterval | null;
  /** That holder: the owner itself or an entity it controls. */
  holderKey: string;
  /** How it counts in the stake under control. */
  contribution: PathContribution;
}

export interface ChainShareSummary {
  reach: ChainReach;
  economicShare: ShareInterval | null;
  stakeUnderControl: ShareInterval | null;
  /** True when part of `stakeUnderControl` is held by entities the owner controls. */
  heldThroughControl: boolean;
  /** True when the owned entity belongs to the owner's control group. */
  controlsTarget: boolean;
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
  group: ReadonlySet<string>,
  countedStakes: Set<string>,
  links: LinkOrdinals,
): ChainPath {
  const { nodeKeys, edges } = path;
  const reach = reachOfEdges(edges);
  const share = reach === "ownership" ? shareOfOwnershipLinks(edges) : null;
  // The last holder in the group: follow controlling links, but leave at least the last link.
  let holder = 0;
  for (let link = edges[0]; link && holder < edges.length - 1; link = edges[holder]) {
    if (!isControllingLink(link)) break;
    holder++;
  }
  const holderKey = nodeKeys[holder] ?? "";
  const stakeLinks = holder === 0 ? edges : edges.slice(holder);
  const base = { nodeKeys, edges, reach, share, holderKey };
  if (stakeLinks.some((edge) => edge.kind !== "ownership")) {
    return { ...base, heldStake: null, contribution: "noOwnershipShare" };
  }
  const heldStake = holder === 0 && share ? share : shareOfOwnershipLinks(stakeLinks);
  for (let index = holder + 1; index < nodeKeys.length - 1; index++) {
    if (group.has(nodeKeys[index] ?? "")) {
      return { ...base, heldStake, contribution: "heldByControlledEntity" };
    }
  }
  let stake = "";
  for (const edge of stakeLinks) stake += `${String(links.of(edge))},`;
  if (countedStakes.has(stake)) return { ...base, heldStake, contribution: "sameStakeCounted" };
  countedStakes.add(stake);
  return { ...base, heldStake, contribution: "counted" };
}

/**
 * Sums up the paths from one owner to one owned entity. `group` holds the owner and every
 * node it controls (see `controlledKeys`).
 */
export function summarizeChainShare(
  paths: readonly OwnerToOwnedPath[],
  group: ReadonlySet<string>,
): ChainShareSummary {
  const countedStakes = new Set<string>();
  const links = new LinkOrdinals();
  const described = paths.map((path) => describePath(path, group, countedStakes, links));
  const stakes: ShareInterval[] = [];
  const economic: ShareInterval[] = [];
  let heldThroughControl = false;
  for (const path of described) {
    if (path.share) economic.push(path.share);
    if (path.contribution === "counted" && path.heldStake) {
      stakes.push(path.heldStake);
      if (path.holderKey !== path.nodeKeys[0]) heldThroughControl = true;
    }
  }
  const targetKey = paths[0]?.nodeKeys.at(-1);
  return {
    reach: combineReach(described.map((path) => path.reach)),
    economicShare: economic.length === 0 ? null : sumOverPaths(economic),
    stakeUnderControl: stakes.length === 0 ? null : sumOverPaths(stakes),
    heldThroughControl,
    controlsTarget: targetKey !== undefined && group.has(targetKey),
    paths: described,
  };
}
