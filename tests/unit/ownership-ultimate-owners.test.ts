import { describe, it, expect } from "vitest";
import {
  OwnershipOptionsError,
  computeUltimateOwners,
  type UltimateOwner,
  type UltimateOwnersResult,
} from "../../domain/ownership";
import { formatShare } from "../../domain/model";
import { controls, owns } from "./ownership-test-edges";

function ownerOf(result: UltimateOwnersResult, key: string): UltimateOwner {
  const owner = result.owners.find((candidate) => candidate.key === key);
  if (!owner) throw new Error(`no ultimate owner ${key} in ${JSON.stringify(result.owners)}`);
  return owner;
}

/** The stake under control in words (for pure ownership chains, the economic share). */
function shareText(owner: UltimateOwner): string {
  return owner.stakeUnderControl ? formatShare(owner.stakeUnderControl) : "control only";
}

describe("single chains", () => {
  it("50% of 50% is 25%", () => {
    const result = computeUltimateOwners([owns("A", "B", 50), owns("B", "T", 50)], "T");
    expect(result.owners.map((owner) => owner.key)).toEqual(["A"]);
    const a = ownerOf(result, "A");
    expect(a.stakeUnderControl?.min).toBeCloseTo(0.25, 12);
    expect(a.stakeUnderControl?.max).toBeCloseTo(0.25, 12);
    expect(a.economicShare?.min).toBeCloseTo(0.25, 12);
    expect(a.reach).toBe("ownership");
    expect(a.paths.map((path) => path.nodeKeys)).toEqual([["A", "B", "T"]]);
    expect(result.truncated).toBe(false);
    expect(result.crossHoldings).toEqual([]);
  });

  it("carries a range: 75–100% × 50% = 37.5–50%", () => {
    const result = computeUltimateOwners([owns("A", "B", [75, 100]), owns("B", "T", 50)], "T");
    const a = ownerOf(result, "A");
    expect(a.economicShare?.min).toBeCloseTo(0.375, 12);
    expect(a.economicShare?.max).toBeCloseTo(0.5, 12);
    expect(a.economicShare && formatShare(a.economicShare)).toBe("37.5–50%");
    // At least 75 % of B is a majority: B's 50 % of T is under A's control.
    expect(shareText(a)).toBe("50%");
  });

  it("keeps a chain with one unknown share unknown, and says so", () => {
    const result = computeUltimateOwners([owns("A", "B", null), owns("B", "T", 50)], "T");
    const a = ownerOf(result, "A");
    expect(a.stakeUnderControl).toEqual({
      min: 0,
      max: 0.5,
      hasUnknown: true,
      exceedsHundred: false,
    });
    expect(shareText(a)).toBe("unknown (at most 50%)");
  });

  it("adds a known direct stake to a partly unknown indirect one", () => {
    const edges = [owns("A", "T", 30), owns("A", "B", null), owns("B", "T", 20)];
    const a = ownerOf(computeUltimateOwners(edges, "T"), "A");
    expect(a.stakeUnderControl?.min).toBeCloseTo(0.3, 12);
    expect(a.stakeUnderControl?.max).toBeCloseTo(0.5, 12);
    expect(shareText(a)).toBe("30–50% (some shares unknown)");
  });

  it("caps and flags paths whose stated shares add up to more than 100%", () => {
    const edges = [owns("A", "T", 60), owns("A", "B", 100), owns("B", "T", 70)];
    const a = ownerOf(computeUltimateOwners(edges, "T"), "A");
    expect(a.stakeUnderControl).toEqual({
      min: 1,
      max: 1,
      hasUnknown: false,
      exceedsHundred: true,
    });
    expect(shareText(a)).toBe("100% (stated shares add up to more than 100%)");
  });

  it("returns nothing, untruncated, for an entity nobody owns", () => {
    const result = computeUltimateOwners([owns("A", "B", 50)], "nobody");
    expect(result.owners).toEqual([]);
    expect(result.truncated).toBe(false);
  });
});

describe("diamonds: parallel paths are summed", () => {
  // The Finnish state example: the ministry holds Gasgrid directly and through Kaasuverkko.
  const diamond = [
    owns("ministry", "kaasuverkko", 100),
    owns("ministry", "gasgrid", 23.5),
    owns("kaasuverkko", "gasgrid", 76.5),
  ];

  it("gives the ministry 100% of Gasgrid over its two paths", () => {
    const result = computeUltimateOwners(diamond, "gasgrid");
    const ministry = ownerOf(result, "ministry");
    expect(ministry.stakeUnderControl?.min).toBeCloseTo(1, 12);
    expect(ministry.stakeUnderControl?.exceedsHundred).toBe(false);
    expect(shareText(ministry)).toBe("100%");
    expect(ministry.paths.map((path) => path.share?.min)).toEqual([0.765, 0.235]);
    expect(ministry.paths.every((path) => path.contribution === "counted")).toBe(true);
  });

  it("makes the state, which controls the ministry, the ultimate controller: ownership via control", () => {
    const result = computeUltimateOwners([controls("state", "ministry"), ...diamond], "gasgrid");
    expect(result.owners.map((owner) => owner.key)).toEqual(["state"]);
    const state = ownerOf(result, "state");
    expect(state.reach).toBe("mixed");
    expect(state.heldThroughControl).toBe(true);
    expect(state.economicShare).toBeNull();
    expect(state.stakeUnderControl?.min).toBeCloseTo(1, 12);
    expect(state.stakeUnderControl?.max).toBeCloseTo(1, 12);
    expect(state.paths.map((path) => path.nodeKeys)).toEqual([
      ["state", "ministry", "kaasuverkko", "gasgrid"],
      ["state", "ministry", "gasgrid"],
    ]);
  });
});

describe("control without ownership", () => {
  it("shows a control-only chain as control, with no share", () => {
    const result = computeUltimateOwners([controls("X", "Y"), controls("Y", "T")], "T");
    const x = ownerOf(result, "X");
    expect(x.reach).toBe("control");
    expect(x.stakeUnderControl).toBeNull();
    expect(x.economicShare).toBeNull();
    expect(x.paths[0]?.contribution).toBe("noOwnershipShare");
  });

  it("gives no share of the target to an owner of its controller", () => {
    const result = computeUltimateOwners([owns("A", "B", 40), controls("B", "T")], "T");
    const a = ownerOf(result, "A");
    expect(a.reach).toBe("mixed");
    expect(a.stakeUnderControl).toBeNull();
  });

  it("does not add up an ownership link and a control link between the same pair", () => {
    const edges = [owns("A", "B", 100), controls("A", "B"), owns("B", "T", 60)];
    const a = ownerOf(computeUltimateOwners(edges, "T"), "A");
    expect(a.stakeUnderControl?.min).toBeCloseTo(0.6, 12);
    expect(a.economicShare?.min).toBeCloseTo(0.6, 12);
    // Both routes end in B's 60 %: one stake, counted once.
    expect(a.paths.map((path) => path.contribution).sort()).toEqual([
      "counted",
      "sameStakeCounted",
    ]);
  });

  it("counts a stake reached by two control routes once", () => {
    const edges = [
      controls("A", "B"),
      controls("A", "C"),
      controls("B", "D"),
      controls("C", "D"),
      owns("D", "T", 50),
    ];
    const a = ownerOf(computeUltimateOwners(edges, "T"), "A");
    expect(a.stakeUnderControl?.min).toBeCloseTo(0.5, 12);
    expect(a.paths.map((path) => path.contribution)).toEqual(["counted", "sameStakeCounted"]);
  });
});

describe("cross-holdings are reported, never looped", () => {
  it("A owns B owns A: both sit at the top, the ring is reported", () => {
    const edges = [owns("A", "B", 50), owns("B", "A", 50), owns("A", "T", 60)];
    const result = computeUltimateOwners(edges, "T");
    expect(result.crossHoldings).toEqual([
      { memberKeys: ["A", "B"], edgeKeys: ["A-owns-B", "B-owns-A"] },
    ]);
    expect(
      result.owners.map((owner) => [owner.key, shareText(owner), owner.inCrossHolding]),
    ).toEqual([
      ["A", "60%", true],
      ["B", "30%", true],
    ]);
  });

  it("a ring under an outside owner leaves that owner as the only ultimate one", () => {
    const edges = [owns("X", "A", 100), owns("A", "B", 50), owns("B", "A", 50), owns("A", "T", 60)];
    const result = computeUltimateOwners(edges, "T");
    expect(result.owners.map((owner) => [owner.key, shareText(owner)])).toEqual([["X", "60%"]]);
    expect(result.crossHoldings.map((ring) => ring.memberKeys)).toEqual([["A", "B"]]);
  });

  it("a three-ring is one cross-holding with three members, each walked once round", () => {
    const edges = [owns("A", "B", 50), owns("B", "C", 50), owns("C", "A", 50), owns("C", "T", 100)];
    const result = computeUltimateOwners(edges, "T");
    expect(result.crossHoldings).toEqual([
      { memberKeys: ["A", "B", "C"], edgeKeys: ["A-owns-B", "B-owns-C", "C-owns-A"] },
    ]);
    expect(result.owners.map((owner) => [owner.key, shareText(owner)])).toEqual([
      ["C", "100%"],
      ["B", "50%"],
      ["A", "25%"],
    ]);
    expect(result.truncated).toBe(false);
  });

  it("reports an entity holding its own shares, and the target's own ring", () => {
    const selfHeld = computeUltimateOwners([owns("A", "A", 10), owns("A", "T", 50)], "T");
    expect(selfHeld.crossHoldings).toEqual([{ memberKeys: ["A"], edgeKeys: ["A-owns-A"] }]);
    expect(selfHeld.owners.map((owner) => shareText(owner))).toEqual(["50%"]);

    const ringWithTarget = computeUltimateOwners([owns("T", "A", 30), owns("A", "T", 40)], "T");
    expect(ringWithTarget.owners.map((owner) => [owner.key, shareText(owner)])).toEqual([
      ["A", "40%"],
    ]);
    expect(ringWithTarget.crossHoldings.map((ring) => ring.memberKeys)).toEqual([["A", "T"]]);
  });
});

describe("summary links next to their components", () => {
  const components = [owns("P", "M", 100, { id: "rel-1" }), owns("M", "T", 80, { id: "rel-2" })];
  const summary = owns("P", "T", 80, {
    id: "rel-summary",
    directOrIndirect: "indirect",
    componentIds: ["rel-1", "rel-2", "entity-M"],
  });

  it("ignores a summary for the arithmetic when its components connect the same pair", () => {
    const result = computeUltimateOwners([...components, summary], "T");
    const p = ownerOf(result, "P");
    expect(p.stakeUnderControl?.min).toBeCloseTo(0.8, 12);
    expect(p.paths).toHaveLength(1);
    expect(result.summaryEdges).toEqual([
      {
        edge: summary,
        usedInArithmetic: false,
        reason: "componentPathPresent",
        componentEdgeKeys: ["M-owns-T", "P-owns-M"],
      },
    ]);
  });

  it("uses the summary when no component path exists", () => {
    const result = computeUltimateOwners([summary, owns("M", "T", 80, { id: "rel-2" })], "T");
    expect(result.owners.map((owner) => [owner.key, shareText(owner)])).toEqual([
      ["M", "80%"],
      ["P", "80%"],
    ]);
    expect(result.summaryEdges[0]).toMatchObject({
      usedInArithmetic: true,
      reason: "noComponentPath",
    });
  });

  it("finds components of a summary without componentIds among the direct links", () => {
    const bare = owns("P", "T", 80, { directOrIndirect: "indirect" });
    const result = computeUltimateOwners([...components, bare], "T");
    expect(result.summaryEdges[0]?.usedInArithmetic).toBe(false);
    expect(ownerOf(result, "P").stakeUnderControl?.min).toBeCloseTo(0.8, 12);
  });
});

describe("caps", () => {
  const longChain = ["A", "B", "C", "D", "E", "F", "T"];
  const chainEdges = longChain.slice(0, -1).map((key, i) => owns(key, longChain[i + 1] ?? "", 50));

  it("stops at the depth cap and says where", () => {
    const result = computeUltimateOwners(chainEdges, "T", { maxDepth: 3 });
    expect(result.owners).toEqual([]);
    expect(result.truncated).toBe(true);
    expect(result.truncation).toMatchObject({ depthCapReached: true, unexploredKeys: ["D"] });
  });

  it("reaches the top when the cap allows it", () => {
    const result = computeUltimateOwners(chainEdges, "T", { maxDepth: 6 });
    expect(ownerOf(result, "A").stakeUnderControl?.min).toBeCloseTo(0.5 ** 6, 12);
    expect(result.truncated).toBe(false);
  });

  it("stops at the path cap with an honest flag", () => {
    const layered = ["X1", "X2", "X3"].flatMap((middle) => [
      owns("top", middle, 10),
      owns(middle, "T", 10),
    ]);
    const complete = computeUltimateOwners(layered, "T");
    expect(complete.truncated).toBe(false);
    expect(ownerOf(complete, "top").paths).toHaveLength(3);
    const capped = computeUltimateOwners(layered, "T", { maxPaths: 2 });
    expect(capped.truncation.pathCapReached).toBe(true);
    expect(ownerOf(capped, "top").paths).toHaveLength(2);
  });

  it("rejects caps that are not positive whole numbers", () => {
    expect(() => computeUltimateOwners([], "T", { maxDepth: 0 })).toThrow(OwnershipOptionsError);
    expect(() => computeUltimateOwners([], "T", { maxPaths: 1.5 })).toThrow(/whole number/);
  });
});

describe("ranking", () => {
  it("ranks by stake under control, then economic share, then chain length, control-only last", () => {
    const edges = [
      controls("ctrl", "T"),
      owns("small", "T", 10),
      owns("big", "T", 40),
      owns("far", "M", 100),
      owns("M", "T", 40),
    ];
    const result = computeUltimateOwners(edges, "T");
    expect(result.owners.map((owner) => owner.key)).toEqual(["big", "far", "small", "ctrl"]);
  });
});
