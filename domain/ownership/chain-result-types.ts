/**
 * What the chain walks return: the ultimate owners and controllers above an entity, and the
 * holdings below one.
 */
import type { ChainReach } from "./chain-edge";
import type { ChainPath } from "./chain-share";
import type { ChainWalkLimits, ChainWalkTruncation } from "./chain-walk-limits";
import type { CrossHolding } from "./cross-holdings";
import type { ShareInterval } from "./share";
import type { SummaryEdgeUse } from "./summary-edges";

interface ChainEnd {
  key: string;
  /** Reached by ownership links only, control links only, or both. */
  reach: ChainReach;
  /**
   * Stake held directly or through entities controlled by control links alone, each stake
   * once (see `chain-share.ts`). Null when there is control but no ownership share.
   */
  effectiveShare: ShareInterval | null;
  /** Shares multiplied along ownership-only paths and summed; null when there is none. */
  ownershipOnlyShare: ShareInterval | null;
  /** True when part of `effectiveShare` is held by controlled entities. */
  heldThroughControl: boolean;
  /** True when this entity belongs to a cross-holding ring. */
  inCrossHolding: boolean;
  /** Every simple path found, ranked; owner or controller first. */
  paths: ChainPath[];
}

/** An owner or controller with no further owner or controller above it (or atop a ring). */
export type UltimateOwner = ChainEnd;

/** An entity the root owns or controls, directly or along a chain. */
export interface Holding extends ChainEnd {
  /** Links on the shortest path from the root. */
  depth: number;
}

interface ChainWalkResult {
  /** Rings met on the walk, each reported once; never looped. */
  crossHoldings: CrossHolding[];
  /** Indirect summary links met on the walk, and whether the arithmetic used them. */
  summaryEdges: SummaryEdgeUse[];
  /** True when a cap stopped the walk; shares may then be too low. */
  truncated: boolean;
  truncation: ChainWalkTruncation;
  limits: ChainWalkLimits;
}

export interface UltimateOwnersResult extends ChainWalkResult {
  targetKey: string;
  /** Ranked: largest effective share first, control-only last. */
  owners: UltimateOwner[];
}

export interface HoldingsResult extends ChainWalkResult {
  rootKey: string;
  /** Ranked: largest effective share first, control-only last. */
  holdings: Holding[];
}
