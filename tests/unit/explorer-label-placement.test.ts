import { describe, expect, it } from "vitest";
import { placeLabels, type Box } from "../../app/graph/draw-label";

const box = (left: number, top: number, width = 100, height = 18): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe("placing node labels", () => {
  it("gives a crowded spot to the largest node's label, whatever order they came in", () => {
    const leaf = { name: "leaf", size: 10, box: box(0, 0) };
    const hub = { name: "hub", size: 15, box: box(50, 5) };
    const apart = { name: "apart", size: 9, box: box(300, 0) };
    const placed = placeLabels([leaf, apart, hub], []);
    expect(placed.map((label) => label.name)).toEqual(["hub", "apart"]);
  });

  it("keeps clear of cards already drawn, and records what it places", () => {
    const card = box(0, 0);
    const taken = [card];
    const under = { size: 20, box: box(10, 10) };
    const free = { size: 5, box: box(0, 40) };
    expect(placeLabels([under, free], taken)).toEqual([free]);
    expect(taken).toEqual([card, free.box]);
  });

  it("lets labels that only touch sit side by side", () => {
    const left = { size: 9, box: box(0, 0, 50) };
    const right = { size: 9, box: box(50, 0, 50) };
    expect(placeLabels([left, right], [])).toHaveLength(2);
  });
});
