/**
 * Shares: what one relationship states, and what the arithmetic along chains produces.
 *
 * A stated share is in percent (0–100), as sources and the graph hold it. Arithmetic runs on
 * fractions (0–1) held as an interval, `ShareInterval`:
 *
 * - `min` and `max` bound the true share: the true value lies in [min, max].
 * - An unknown share on a link is the interval [0, 1] with `hasUnknown` set: the link exists,
 *   so the share is somewhere above 0 and at most 100 %. Products and sums of such intervals are
 *   exact bounds because effective ownership only grows when a link's share grows.
 *   When unknowns leave no better bound, `max` is 1: "upper bound unknown" and "at most 100 %"
 *   are the same statement for a share.
 * - `exceedsHundred` is set when the stated shares alone add up to more than 100 %: the data
 *   are inconsistent, and the interval has been capped at 100 %.
 */
import { OwnershipInputError } from "./ownership-errors";

/** A share as one relationship states it, in percent. */
export type StatedShare =
  | { kind: "exact"; percent: number }
  | { kind: "range"; minPercent: number; maxPercent: number }
  | { kind: "unknown" };

/** Bounds on a share, as fractions 0–1 (see the module comment). */
export interface ShareInterval {
  readonly min: number;
  readonly max: number;
  readonly hasUnknown: boolean;
  readonly exceedsHundred: boolean;
}

export const UNKNOWN_STATED_SHARE: StatedShare = { kind: "unknown" };

export const ZERO_SHARE: ShareInterval = {
  min: 0,
  max: 0,
  hasUnknown: false,
  exceedsHundred: false,
};

export const FULL_SHARE: ShareInterval = {
  min: 1,
  max: 1,
  hasUnknown: false,
  exceedsHundred: false,
};

export const UNKNOWN_SHARE: ShareInterval = {
  min: 0,
  max: 1,
  hasUnknown: true,
  exceedsHundred: false,
};

function checkPercent(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new OwnershipInputError(
      `${what} is ${String(value)}, but a share must be a percentage from 0 to 100; ` +
        `correct the source value (a fraction such as 0.25 must be given as 25).`,
    );
  }
}

export function exactShare(percent: number): StatedShare {
  checkPercent(percent, "The exact share");
  return { kind: "exact", percent };
}

export function rangeShare(minPercent: number, maxPercent: number): StatedShare {
  checkPercent(minPercent, "The minimum share");
  checkPercent(maxPercent, "The maximum share");
  if (minPercent > maxPercent) {
    throw new OwnershipInputError(
      `The share range ${String(minPercent)}–${String(maxPercent)}% has its minimum above its ` +
        `maximum; swap the two values or correct the source.`,
    );
  }
  return { kind: "range", minPercent, maxPercent };
}

/** Checks a stated share (which may come from outside) and returns it as an interval. */
export function statedShareToInterval(share: StatedShare): ShareInterval {
  switch (share.kind) {
    case "exact": {
      checkPercent(share.percent, "The exact share");
      const fraction = share.percent / 100;
      return { min: fraction, max: fraction, hasUnknown: false, exceedsHundred: false };
    }
    case "range": {
      rangeShare(share.minPercent, share.maxPercent);
      return {
        min: share.minPercent / 100,
        max: share.maxPercent / 100,
        hasUnknown: false,
        exceedsHundred: false,
      };
    }
    case "unknown":
      return UNKNOWN_SHARE;
  }
}
