import { describe, expect, it } from "vitest";
import { hierarchyLevels, hierarchyPositions } from "../../domain/layout/hierarchy-layout";

describe("hierarchy layout", () => {
  it("puts every owner above what it owns, by the longest chain from the top", () => {
    // state-council controls sasac and casic; sasac owns casic; casic controls aisino.
    const links = [
      { from: "state-council", to: "sasac" },
      { from: "state-council", to: "casic" },
      { from: "sasac", to: "casic" },
      { from: "casic", to: "aisino" },
      { from: "aisino", to: "hk" },
    ];
    const levels = hierarchyLevels(["hk", "aisino", "casic", "sasac", "state-council"], links);
    expect(Object.fromEntries(levels)).toEqual({
      "state-council": 0,
      sasac: 1,
      casic: 2,
      aisino: 3,
      hk: 4,
    });
  });

  it("breaks a ring of cross-holdings once and still places every node", () => {
    const links = [
      { from: "top", to: "a" },
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "c", to: "a" },
      { from: "c", to: "leaf" },
    ];
    const levels = hierarchyLevels(["top", "a", "b", "c", "leaf"], links);
    expect(levels.size).toBe(5);
    expect(levels.get("top")).toBe(0);
    expect(levels.get("a")).toBe(1);
    expect(levels.get("b")).toBe(2);
    expect(levels.get("c")).toBe(3);
    expect(levels.get("leaf")).toBe(4);
  });

  it("survives a ring with no way in, self-links and unknown nodes", () => {
    const levels = hierarchyLevels(
      ["a", "b"],
      [
        { from: "a", to: "b" },
        { from: "b", to: "a" },
        { from: "a", to: "a" },
        { from: "ghost", to: "a" },
      ],
    );
    expect([...levels.keys()].sort()).toEqual(["a", "b"]);
  });

  it("draws owners above what they own (y grows downwards) and wraps wide levels", () => {
    const children = Array.from({ length: 70 }, (_, index) => `c${index}`);
    const positions = hierarchyPositions(
      ["owner", ...children],
      children.map((child) => ({ from: "owner", to: child })),
      { levelGap: 1, nodeGap: 1, maxPerRow: 30 },
    );
    const owner = positions.get("owner");
    expect(owner).toBeDefined();
    for (const child of children)
      expect(positions.get(child)?.y ?? 0).toBeGreaterThan(owner?.y ?? 0);
    const columns = new Set(children.map((child) => positions.get(child)?.x));
    expect(columns.size).toBeLessThanOrEqual(60);
    const distinct = new Set([...positions.values()].map(({ x, y }) => `${x},${y}`));
    expect(distinct.size).toBe(71);
  });
});

describe("hierarchy layout with a chain in focus", () => {
  it("puts the chain's members in the middle of their level", () => {
    const children = ["contract-1", "contract-2", "subsidiary", "contract-3", "contract-4"];
    const positions = hierarchyPositions(
      ["parent", ...children],
      children.map((child) => ({ from: "parent", to: child })),
      undefined,
      new Set(["parent", "subsidiary"]),
    );
    expect(positions.get("subsidiary")?.x).toBe(positions.get("parent")?.x);
  });
});
