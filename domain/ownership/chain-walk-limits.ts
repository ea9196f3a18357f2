/**
 * Caps on a chain walk. Simple paths can multiply quickly in dense holdings, so every walk
 * stops at a depth, a number of paths and a number of steps, and says so when it does.
 */
import { OwnershipOptionsError } from "./ownership-errors";

export interface ChainWalkOptions {
  /** Longest path, in links (default 12, at most 64). */
  maxDepth?: number;
  /** Most paths kept (default 2,000). */
  maxPaths?: number;
  /** Most path extensions tried, including dead ends (default 200,000). */
  maxSteps?: number;
}

export type ChainWalkLimits = Required<ChainWalkOptions>;

export const DEFAULT_CHAIN_WALK_LIMITS: ChainWalkLimits = {
  maxDepth: 12,
  maxPaths: 2_000,
  maxSteps: 200_000,
};

const MAX_DEPTH_LIMIT = 64;

function checkCount(name: string, value: number, upper: number): number {
  if (!Number.isInteger(value) || value < 1 || value > upper) {
    throw new OwnershipOptionsError(
      `${name} is ${String(value)}; it must be a whole number from 1 to ${String(upper)}.`,
    );
  }
  return value;
}

export function resolveChainWalkLimits(options: ChainWalkOptions = {}): ChainWalkLimits {
  const limits = { ...DEFAULT_CHAIN_WALK_LIMITS, ...stripUndefined(options) };
  return {
    maxDepth: checkCount("maxDepth", limits.maxDepth, MAX_DEPTH_LIMIT),
    maxPaths: checkCount("maxPaths", limits.maxPaths, Number.MAX_SAFE_INTEGER),
    maxSteps: checkCount("maxSteps", limits.maxSteps, Number.MAX_SAFE_INTEGER),
  };
}

function stripUndefined(options: ChainWalkOptions): ChainWalkOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as ChainWalkOptions;
}

/** Why a walk may not have seen everything; all false means the answer is complete. */
export interface ChainWalkTruncation {
  depthCapReached: boolean;
  pathCapReached: boolean;
  stepCapReached: boolean;
  /** Nodes where the depth cap stopped the walk although further links exist. */
  unexploredKeys: string[];
}
