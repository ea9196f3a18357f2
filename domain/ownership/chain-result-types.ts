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
   * Ownership links only: shares multiplied along each simple path and summed, each ring
   * counted once round. Null when no path of ownership links alone joins the two.
   */
  economicShare: ShareInterval | null;
  /**
   * Ownership links only, by the integrated-ownership method (see `integrated-ownership.ts`):
   * differs from `economicShare` only around rings. Null when no ownership links join the two.
   */
  integratedShare: ShareInterval | null;
  /**
   * The economic share held by this end and the entities it controls (control links, majority
   * holdings), each stake once (see `chain-share.ts`). Null when control holds no stake.
   */
  stakeUnderControl: ShareInterval | null;
  /** True when part of `stakeUnderControl` is held by entities it controls. */
  heldThroughControl: boolean;
  /** True when the owned end is itself in the owner's control group. */
  controlsTarget: boolean;
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
  /** Ranked: largest stake under control first, then economic share; control-only last. */
  owners: UltimateOwner[];
}

export interface HoldingsResult extends ChainWalkResult {
  rootKey: string;
  /** Ranked: largest stake under control first, then economic share; control-only last. */
  holdings: Holding[];
}
