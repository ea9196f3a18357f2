/**
 * Interval arithmetic on shares: multiply along a path, sum over parallel paths.
 * Every function is pure and returns a new interval; none ever exceeds 100 %.
 */
import { FULL_SHARE, ZERO_SHARE, type ShareInterval } from "./share";

/** Sums above 100 % by less than this are rounding noise (76.5 % + 23.5 %), not bad data. */
const ROUNDING_TOLERANCE = 1e-9;

/** The share held through two links in a row: `a` of something that holds `b`. */
export function multiplyShares(a: ShareInterval, b: ShareInterval): ShareInterval {
  return {
    min: a.min * b.min,
    max: a.max * b.max,
    hasUnknown: a.hasUnknown || b.hasUnknown,
    exceedsHundred: a.exceedsHundred || b.exceedsHundred,
  };
}

/** The share held along a whole path: the product of its links (100 % for no link). */
export function productAlongPath(shares: readonly ShareInterval[]): ShareInterval {
  return shares.reduce(multiplyShares, FULL_SHARE);
}

/**
 * The share held over parallel paths: their sum, capped at 100 %. When even the lower bounds
 * add up to more than 100 %, the stated shares are inconsistent: the result is 100 % with
 * `exceedsHundred` set. An upper bound above 100 % is simply capped (wide ranges and unknowns).
 */
export function sumOverPaths(shares: readonly ShareInterval[]): ShareInterval {
  let min = 0;
  let max = 0;
  let hasUnknown = false;
  let exceedsHundred = false;
  for (const share of shares) {
    min += share.min;
    max += share.max;
    hasUnknown ||= share.hasUnknown;
    exceedsHundred ||= share.exceedsHundred;
  }
  if (shares.length === 0) return ZERO_SHARE;
  if (min > 1 + ROUNDING_TOLERANCE) exceedsHundred = true;
  return { min: Math.min(min, 1), max: Math.min(max, 1), hasUnknown, exceedsHundred };
}

export function addShares(a: ShareInterval, b: ShareInterval): ShareInterval {
  return sumOverPaths([a, b]);
}

/** Orders intervals by lower bound, then upper bound (largest first when used in `sort`). */
export function compareSharesDescending(a: ShareInterval, b: ShareInterval): number {
  return b.min - a.min || b.max - a.max;
}
