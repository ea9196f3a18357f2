import { describe, it, expect } from "vitest";
import {
  FULL_SHARE,
  OwnershipInputError,
  UNKNOWN_SHARE,
  ZERO_SHARE,
  addShares,
  exactShare,
  multiplyShares,
  productAlongPath,
  rangeShare,
  statedShareToInterval,
  sumOverPaths,
  type ShareInterval,
} from "../../domain/ownership";
import { formatPercent, formatShare } from "../../domain/model";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const exact = (percent: number): ShareInterval => statedShareToInterval(exactShare(percent));
const range = (min: number, max: number): ShareInterval =>
  statedShareToInterval(rangeShare(min, max));

describe("stated shares", () => {
  it("turns percentages into fractions", () => {
    expect(exact(23.5)).toEqual({
      min: 0.235,
      max: 0.235,
      hasUnknown: false,
      exceedsHundred: false,
    });
    expect(range(75, 100)).toMatchObject({ min: 0.75, max: 1, hasUnknown: false });
    expect(statedShareToInterval({ kind: "unknown" })).toEqual(UNKNOWN_SHARE);
  });

  it("rejects shares outside 0–100 and ranges with min above max, by error name", () => {
    expect(() => exactShare(150)).toThrow(OwnershipInputError);
    expect(() => exactShare(-1)).toThrow(/from 0 to 100/);
    expect(() => exactShare(Number.NaN)).toThrow(OwnershipInputError);
    expect(() => rangeShare(80, 60)).toThrow(/minimum above its maximum/);
    expect(() => statedShareToInterval({ kind: "range", minPercent: 80, maxPercent: 60 })).toThrow(
      OwnershipInputError,
    );
    expect(thrownBy(() => exactShare(500))).toMatchObject({ name: "OwnershipInputError" });
  });
});

describe("multiplying along a path", () => {
  it("50% of 50% is 25%", () => {
    const share = multiplyShares(exact(50), exact(50));
    expect(share.min).toBeCloseTo(0.25, 12);
    expect(formatShare(share)).toBe("25%");
  });

  it("carries ranges as ranges: 75–100% × 50% = 37.5–50%", () => {
    const share = productAlongPath([range(75, 100), exact(50)]);
    expect(share.min).toBeCloseTo(0.375, 12);
    expect(share.max).toBeCloseTo(0.5, 12);
    expect(formatShare(share)).toBe("37.5–50%");
  });

  it("keeps an unknown link unknown, with the bound the known links give", () => {
    const share = productAlongPath([UNKNOWN_SHARE, exact(50)]);
    expect(share).toEqual({ min: 0, max: 0.5, hasUnknown: true, exceedsHundred: false });
    expect(formatShare(share)).toBe("unknown (at most 50%)");
    expect(formatShare(productAlongPath([UNKNOWN_SHARE, UNKNOWN_SHARE]))).toBe("unknown");
  });

  it("is 100% for an empty path", () => {
    expect(productAlongPath([])).toEqual(FULL_SHARE);
  });
});

describe("summing over parallel paths", () => {
  it("76.5% + 23.5% is exactly 100%, not flagged as excess", () => {
    const share = addShares(exact(76.5), multiplyShares(exact(100), exact(23.5)));
    expect(share.min).toBeCloseTo(1, 12);
    expect(share.exceedsHundred).toBe(false);
    expect(formatShare(share)).toBe("100%");
  });

  it("sums ranges into a range", () => {
    const share = sumOverPaths([range(25, 50), range(10, 20)]);
    expect(share.min).toBeCloseTo(0.35, 12);
    expect(share.max).toBeCloseTo(0.7, 12);
    expect(formatShare(share)).toBe("35–70%");
  });

  it("caps stated shares adding up to more than 100% and flags them", () => {
    const share = sumOverPaths([exact(60), exact(70)]);
    expect(share).toEqual({ min: 1, max: 1, hasUnknown: false, exceedsHundred: true });
    expect(formatShare(share)).toBe("100% (stated shares add up to more than 100%)");
  });

  it("caps a wide upper bound silently: it is only a bound", () => {
    const share = sumOverPaths([range(30, 100), range(30, 100)]);
    expect(share).toEqual({ min: 0.6, max: 1, hasUnknown: false, exceedsHundred: false });
  });

  it("says 'at least' when an unknown share leaves the top open", () => {
    const share = addShares(exact(50), UNKNOWN_SHARE);
    expect(share).toEqual({ min: 0.5, max: 1, hasUnknown: true, exceedsHundred: false });
    expect(formatShare(share)).toBe("at least 50% (some shares unknown)");
  });

  it("gives both bounds when unknowns still leave one", () => {
    const share = addShares(exact(25), multiplyShares(UNKNOWN_SHARE, exact(50)));
    expect(formatShare(share)).toBe("25–75% (some shares unknown)");
  });

  it("is 0% over no path", () => {
    expect(sumOverPaths([])).toEqual(ZERO_SHARE);
  });
});

describe("formatting", () => {
  it("prints percentages with at most two decimals", () => {
    expect(formatPercent(23.5)).toBe("23.5%");
    expect(formatPercent(33.333333)).toBe("33.33%");
    expect(formatPercent(0.001)).toBe("< 0.01%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("prints stated shares as the source gives them", () => {
    expect(formatShare(exactShare(23.5))).toBe("23.5%");
    expect(formatShare(rangeShare(75, 100))).toBe("at least 75%");
    expect(formatShare(rangeShare(0, 10))).toBe("at most 10%");
    expect(formatShare(rangeShare(25, 50))).toBe("25–50%");
    expect(formatShare({ kind: "unknown" })).toBe("unknown");
  });
});
