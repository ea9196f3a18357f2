import { describe, it, expect } from "vitest";
import { computeHoldingsDown, type HoldingsResult } from "../../domain/ownership";
import { formatShare } from "../../domain/model";
import { controls, owns } from "./ownership-test-edges";

function table(result: HoldingsResult): [string, string, string, number][] {
  return result.holdings.map((holding) => [
    holding.key,
    holding.stakeUnderControl ? formatShare(holding.stakeUnderControl) : "control only",
    holding.reach,
    holding.depth,
  ]);
}

describe("computeHoldingsDown", () => {
  it("lists every entity held along a chain with the root's effective share", () => {
    const result = computeHoldingsDown(
      [owns("A", "B", 50), owns("B", "C", 50), owns("B", "D", [20, 40])],
      "A",
    );
    expect(table(result)).toEqual([
      ["B", "50%", "ownership", 1],
      ["C", "25%", "ownership", 2],
      ["D", "10–20%", "ownership", 2],
    ]);
  });

  it("sums a diamond and shows control without ownership as control", () => {
    const result = computeHoldingsDown(
      [
        controls("state", "ministry"),
        owns("ministry", "kaasuverkko", 100),
        owns("ministry", "gasgrid", 23.5),
        owns("kaasuverkko", "gasgrid", 76.5),
        controls("gasgrid", "contract"),
      ],
      "state",
    );
    expect(table(result)).toEqual([
      ["gasgrid", "100%", "mixed", 2],
      ["kaasuverkko", "100%", "mixed", 2],
      ["ministry", "control only", "control", 1],
      ["contract", "control only", "mixed", 3],
    ]);
  });

  it("walks a ring once and reports it", () => {
    const result = computeHoldingsDown(
      [owns("A", "B", 50), owns("B", "C", 50), owns("C", "A", 50), owns("C", "X", 100)],
      "A",
    );
    expect(table(result)).toEqual([
      ["B", "50%", "ownership", 1],
      ["C", "25%", "ownership", 2],
      ["X", "25%", "ownership", 3],
    ]);
    expect(result.crossHoldings.map((ring) => ring.memberKeys)).toEqual([["A", "B", "C"]]);
    expect(result.holdings.map((holding) => holding.inCrossHolding)).toEqual([true, true, false]);
  });

  it("stops at the depth cap", () => {
    const result = computeHoldingsDown(
      [owns("A", "B", 50), owns("B", "C", 50), owns("C", "D", 50)],
      "A",
      { maxDepth: 2 },
    );
    expect(table(result).map((row) => row[0])).toEqual(["B", "C"]);
    expect(result.truncation).toMatchObject({ depthCapReached: true, unexploredKeys: ["C"] });
  });
});
