// The two methods round rings of cross-holdings, on rings and diamonds small enough to work
// out by hand (docs/model.md, "Rings: two methods"). W[i][j] is the share of j that i holds;
// integrated ownership is W̃ = (I − W)⁻¹ W = W + W² + …, the sum over every walk; the figure
// given is the corrected one of Vitali, Glattfelder and Battiston (2011), W̃[i][j] / D[i][i]
// with D = diag((I − W)⁻¹): the walks from i to j that never come back to i.
import { describe, expect, it } from "vitest";
import {
  computeHoldingsDown,
  computeUltimateOwners,
  integratedSharesInto,
  type ShareInterval,
  type UltimateOwnersResult,
} from "../../domain/ownership";
import { formatShare } from "../../domain/model";
import { owns } from "./ownership-test-edges";

function figures(result: UltimateOwnersResult): [string, string, string][] {
  const text = (share: ShareInterval | null) => (share ? formatShare(share) : "none");
  return result.owners.map((owner) => [
    owner.key,
    text(owner.economicShare),
    text(owner.integratedShare),
  ]);
}

describe("a ring with nothing above it (the issue's example)", () => {
  // C1 and C2 hold 50 % of each other; C1 holds all of T.
  const edges = [owns("C1", "C2", 50), owns("C2", "C1", 50), owns("C1", "T", 100)];

  it("gives C1 100% and C2 50% by both methods", () => {
    // Simple paths: C1 → T = 100 %; C2 → C1 → T = 50 % × 100 % = 50 %.
    // Integrated: W̃[C1][T] = 1 + 0.5·0.5·1 + (0.5·0.5)²·1 + … = 1 / (1 − 0.25) = 4/3, and
    // D[C1][C1] = 1 / (1 − 0.25) = 4/3, so the corrected figure is (4/3) / (4/3) = 100 %.
    // W̃[C2][T] = 0.5 · 4/3 = 2/3, D[C2][C2] = 4/3: (2/3) / (4/3) = 50 %.
    const result = computeUltimateOwners(edges, "T");
    expect(figures(result)).toEqual([
      ["C1", "100%", "100%"],
      ["C2", "50%", "50%"],
    ]);
    expect(result.owners.every((owner) => owner.inCrossHolding)).toBe(true);
  });

  it("never states the uncorrected 133%: the rounds back to the owner are left out", () => {
    const c1 = integratedSharesInto(edges, ["C1"], "T").get("C1");
    expect(c1?.min).toBeCloseTo(1, 9);
    expect(c1?.max).toBeCloseTo(1, 9);
    expect(c1?.exceedsHundred).toBe(false);
  });
});

describe("a ring held from outside", () => {
  // X holds 50 % of A and Y 50 % of B; A and B hold 50 % of each other; A holds 60 % of T.
  const edges = [
    owns("X", "A", 50),
    owns("Y", "B", 50),
    owns("A", "B", 50),
    owns("B", "A", 50),
    owns("A", "T", 60),
  ];

  it("counts the value going round the ring by the integrated method only", () => {
    // Simple paths: X → A → T = 0.5 · 0.6 = 30 %; Y → B → A → T = 0.5 · 0.5 · 0.6 = 15 %.
    // Integrated: W̃[A][T] = 0.6 + 0.5 · 0.5 · W̃[A][T], so W̃[A][T] = 0.6 / 0.75 = 0.8;
    // W̃[B][T] = 0.5 · 0.8 = 0.4. X and Y are in no ring (D = 1):
    // X: 0.5 · 0.8 = 40 %; Y: 0.5 · 0.4 = 20 %. Together 60 %: all that the ring holds of T
    // reaches its outside owners, which the simple paths (45 %) fall short of.
    const result = computeUltimateOwners(edges, "T");
    expect(figures(result)).toEqual([
      ["X", "30%", "40%"],
      ["Y", "15%", "20%"],
    ]);
  });

  it("gives the same figures looking down from X", () => {
    // Simple paths: A 50 %; B: X → A → B = 25 %; T: X → A → T = 30 %.
    // Integrated: A: 0.5 · (1 + 0.25 + 0.25² + …) = 0.5 / 0.75 = 2/3; B: 2/3 · 0.5 = 1/3;
    // T: 2/3 · 0.6 = 40 %.
    const result = computeHoldingsDown(edges, "X");
    const byKey = new Map(result.holdings.map((holding) => [holding.key, holding]));
    expect(byKey.get("A")?.economicShare?.min).toBeCloseTo(0.5, 12);
    expect(byKey.get("A")?.integratedShare?.min).toBeCloseTo(2 / 3, 9);
    expect(byKey.get("B")?.economicShare?.min).toBeCloseTo(0.25, 12);
    expect(byKey.get("B")?.integratedShare?.min).toBeCloseTo(1 / 3, 9);
    expect(byKey.get("T")?.economicShare?.min).toBeCloseTo(0.3, 12);
    expect(byKey.get("T")?.integratedShare?.min).toBeCloseTo(0.4, 9);
  });

  it("keeps an unknown share in the ring as a range by the integrated method", () => {
    // A's share in B unknown (0–100 %). Simple paths never use A → B: X → A → T = 30 %.
    // Integrated, lower bound (A → B = 0): 0.5 · 0.6 = 30 %. Upper bound (A → B = 100 %):
    // W̃[A][T] = 0.6 / (1 − 1 · 0.5) = 1.2, X: 0.5 · 1.2 = 60 %.
    const unknown = [owns("X", "A", 50), owns("A", "B", null), owns("B", "A", 50)];
    const result = computeUltimateOwners([...unknown, owns("A", "T", 60)], "T");
    expect(figures(result)).toEqual([["X", "30%", "30–60% (some shares unknown)"]]);
  });

  it("flags shares that go round a ring at 100% as more than 100%, and stops", () => {
    // A and B each hold all of the other: W̃[A][T] = 0.5 · (1 + 1 + 1 + …) has no limit.
    const result = computeUltimateOwners(
      [owns("X", "A", 10), owns("A", "B", 100), owns("B", "A", 100), owns("A", "T", 50)],
      "T",
    );
    const x = result.owners.find((owner) => owner.key === "X");
    expect(x?.economicShare?.min).toBeCloseTo(0.05, 12);
    expect(x?.integratedShare).toEqual({
      min: 1,
      max: 1,
      hasUnknown: false,
      exceedsHundred: true,
    });
  });
});

describe("diamonds: both methods agree where there is no ring", () => {
  it("gives the ministry 100% of Gasgrid: 23.5% + 100% × 76.5%", () => {
    // No ring: every walk is a simple path, so W̃ = W + W² = 0.235 + 1 · 0.765 = 100 %.
    const edges = [
      owns("ministry", "kaasuverkko", 100),
      owns("ministry", "gasgrid", 23.5),
      owns("kaasuverkko", "gasgrid", 76.5),
    ];
    const ministry = computeUltimateOwners(edges, "gasgrid").owners[0];
    expect(ministry?.economicShare?.min).toBeCloseTo(1, 12);
    expect(ministry?.integratedShare?.min).toBeCloseTo(1, 9);
    expect(ministry?.integratedShare?.max).toBeCloseTo(1, 9);
  });

  it("sums a two-level diamond with ranges as ranges", () => {
    // top → L 50 %, top → R 20–40 %, L → T 50 %, R → T 50 %:
    // 0.5 · 0.5 + [0.2, 0.4] · 0.5 = [0.35, 0.45] by both methods.
    const edges = [
      owns("top", "L", 50),
      owns("top", "R", [20, 40]),
      owns("L", "T", 50),
      owns("R", "T", 50),
    ];
    const result = computeUltimateOwners(edges, "T");
    expect(figures(result)).toEqual([["top", "35–45%", "35–45%"]]);
  });
});
