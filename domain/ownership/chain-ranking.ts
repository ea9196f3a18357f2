/**
 * Orders owners, holdings and paths for display: largest stake under control first (lower
 * bound, then upper bound), then the largest economic share, then the shortest chain, then by
 * key so the order never wobbles. Control without a share comes after every share.
 */
import type { ChainPath } from "./chain-share";
import type { ShareInterval } from "./share";
import { compareSharesDescending } from "./share-arithmetic";

export interface RankableChain {
  key: string;
  stakeUnderControl: ShareInterval | null;
  economicShare: ShareInterval | null;
  paths: readonly { edges: readonly unknown[] }[];
}

function compareNullableShares(a: ShareInterval | null, b: ShareInterval | null): number {
  if (a && b) return compareSharesDescending(a, b);
  if (a) return -1;
  return b ? 1 : 0;
}

export function shortestPathLength(chain: RankableChain): number {
  return chain.paths.reduce((shortest, path) => Math.min(shortest, path.edges.length), Infinity);
}

export function compareChains(a: RankableChain, b: RankableChain): number {
  return (
    compareNullableShares(a.stakeUnderControl, b.stakeUnderControl) ||
    compareNullableShares(a.economicShare, b.economicShare) ||
    shortestPathLength(a) - shortestPathLength(b) ||
    compareKeys(a.key, b.key)
  );
}

/** A new array, ranked by `compareChains`. */
export function rankChains<T extends RankableChain>(chains: readonly T[]): T[] {
  return [...chains].sort(compareChains);
}

/** Code-unit order: stable and cheap (locale collation of element ids cost most of a chain). */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Shortest first, then by node keys, one by one: the order in which paths are summed. */
export function comparePathsByLength(
  a: { nodeKeys: readonly string[] },
  b: { nodeKeys: readonly string[] },
): number {
  const length = a.nodeKeys.length;
  if (length !== b.nodeKeys.length) return length - b.nodeKeys.length;
  for (let index = 0; index < length; index++) {
    const order = compareKeys(a.nodeKeys[index] ?? "", b.nodeKeys[index] ?? "");
    if (order !== 0) return order;
  }
  return 0;
}

/** A new array of paths: counted paths with the largest share first, then the rest. */
export function rankPaths(paths: readonly ChainPath[]): ChainPath[] {
  const countedFirst = (path: ChainPath): number => (path.contribution === "counted" ? 0 : 1);
  return [...paths].sort(
    (a, b) =>
      countedFirst(a) - countedFirst(b) ||
      compareNullableShares(a.heldStake ?? a.share, b.heldStake ?? b.share) ||
      comparePathsByLength(a, b),
  );
}
