// Ownership and control apart (docs/model.md, "Economic share and stake under control"): the
// economic share multiplies ownership links only; the stake under control is what an owner
// holds together with the entities it controls (control links, holdings above 50 %).
import { describe, expect, it } from "vitest";
import { computeUltimateOwners, summariseChain, type UltimateOwner } from "../../domain/ownership";
import { formatShare } from "../../domain/model";
import type { Properties, SerializedEdge, WireGraph } from "../../domain/wire/graph-wire-types";
import { controls, owns } from "./ownership-test-edges";

function figuresOf(owner: UltimateOwner | undefined): [string, string, boolean] {
  const text = (share: { min: number; max: number } | null | undefined) =>
    share ? formatShare({ ...share, hasUnknown: false, exceedsHundred: false }) : "none";
  return [
    text(owner?.economicShare),
    text(owner?.stakeUnderControl),
    owner?.controlsTarget ?? false,
  ];
}

describe("economic share and stake under control", () => {
  it("K controls M, M owns 60% of L: no economic share, 60% under control", () => {
    const result = computeUltimateOwners([controls("K", "M"), owns("M", "L", 60)], "L");
    // 60 % of L is a majority held by M, which K controls: K controls L too.
    expect(figuresOf(result.owners[0])).toEqual(["none", "60%", true]);
  });

  it("K also owns 50% of M: economic 50% × 60% = 30%, still 60% under control", () => {
    const edges = [controls("K", "M"), owns("K", "M", 50), owns("M", "L", 60)];
    const k = computeUltimateOwners(edges, "L").owners[0];
    expect(figuresOf(k)).toEqual(["30%", "60%", true]);
    // The ownership path carries the economic share; the control route the stake.
    expect(k?.paths.map((path) => [path.reach, path.share?.min, path.contribution])).toEqual([
      ["mixed", undefined, "counted"],
      ["ownership", 0.3, "heldByControlledEntity"],
    ]);
  });

  it("a majority chain is control: 60% of 60% is 36% economic, 60% under control", () => {
    const a = computeUltimateOwners([owns("A", "B", 60), owns("B", "T", 60)], "T").owners[0];
    expect(figuresOf(a)).toEqual(["36%", "60%", true]);
    expect(a?.heldThroughControl).toBe(true);
  });

  it("a minority holding is not control: 40% of 100% is 40% by both figures", () => {
    const a = computeUltimateOwners([owns("A", "B", 40), owns("B", "T", 100)], "T").owners[0];
    expect(figuresOf(a)).toEqual(["40%", "40%", false]);
    expect(a?.heldThroughControl).toBe(false);
  });

  it("a range that may be a minority is not control", () => {
    const a = computeUltimateOwners([owns("A", "B", [40, 60]), owns("B", "T", 80)], "T").owners[0];
    expect(figuresOf(a)).toEqual(["32–48%", "32–48%", false]);
  });

  it("an owner of a controller holds no share of what it controls", () => {
    const a = computeUltimateOwners([owns("A", "B", 40), controls("B", "T")], "T").owners[0];
    expect(figuresOf(a)).toEqual(["none", "none", false]);
    expect(a?.paths[0]?.contribution).toBe("noOwnershipShare");
  });
});

describe("the chain summary names both figures and their methods", () => {
  const node = (key: string) => ({
    key,
    attributes: { labels: ["Entity", "Company"], properties: { id: key, name: key } },
  });
  const link = (from: string, to: string, type: string, share: number | null): SerializedEdge => {
    const properties: Properties =
      type === "OWNS"
        ? { shareExact: share, directOrIndirect: "direct", interestType: "shareholding" }
        : { controlType: "otherInfluenceOrControl" };
    return {
      key: `${from}-${to}-${type}`,
      source: from,
      target: to,
      attributes: { type, properties },
    };
  };
  const graph: WireGraph = {
    nodes: ["K", "M", "L"].map(node),
    edges: [
      link("K", "M", "CONTROLS", null),
      link("K", "M", "OWNS", 50),
      link("M", "L", "OWNS", 60),
    ],
  };

  it("shows K with 30% economic and 60% under control, never one mixed 60%", () => {
    const summary = summariseChain(graph, "L", "up");
    const k = summary.ends[0];
    expect(k?.effectiveShare).toBe("30%");
    expect(k?.economicShare).toBe("30%");
    expect(k?.stakeUnderControl).toBe("60%");
    expect(k?.controlsTarget).toBe(true);
    expect(k?.figures).toEqual([
      {
        figure: "economic",
        name: "Economic share",
        method: "counted once along simple paths",
        value: "30%",
      },
      {
        figure: "control",
        name: "Stake under control",
        method: "held by it and the entities it controls",
        value: "60%",
      },
    ]);
  });

  it("adds the integrated figure, named, when the chain meets a ring", () => {
    const ring: WireGraph = {
      nodes: ["C1", "C2", "T"].map(node),
      edges: [
        link("C1", "C2", "OWNS", 50),
        link("C2", "C1", "OWNS", 50),
        link("C1", "T", "OWNS", 100),
      ],
    };
    const summary = summariseChain(ring, "T", "up");
    expect(summary.crossHoldings).toHaveLength(1);
    expect(summary.ends.map((end) => end.figures.map((f) => `${f.method}: ${f.value}`))).toEqual([
      [
        "counted once along simple paths: 100%",
        "integrated (Vitali et al. 2011): 100%",
        "held by it and the entities it controls: 100%",
      ],
      [
        "counted once along simple paths: 50%",
        "integrated (Vitali et al. 2011): 50%",
        "held by it and the entities it controls: 50%",
      ],
    ]);
  });
});
