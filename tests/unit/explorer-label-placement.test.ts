import { describe, expect, it } from "vitest";
import {
  drawEntityHover,
  drawEntityLabel,
  nodeLabelsShown,
  placeLabels,
  type Box,
} from "../../app/canvas/draw-label";

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

describe("labels drawn on the canvas", () => {
  const settings = { labelSize: 12, labelWeight: "500", labelFont: "sans-serif" } as never;

  function fakeContext() {
    const painted: string[] = [];
    const context = {
      font: "",
      fillStyle: "",
      strokeStyle: "",
      shadowColor: "",
      shadowBlur: 0,
      lineWidth: 1,
      measureText: (text: string) => ({ width: text.length * 6 }),
      beginPath: () => undefined,
      roundRect: () => undefined,
      arc: () => undefined,
      fill: () => undefined,
      stroke: () => undefined,
      fillText: (text: string) => painted.push(text),
    };
    return { context: context as unknown as CanvasRenderingContext2D, painted };
  }
  const label = (key: string, x: number, size: number) => ({
    key,
    label: key,
    x,
    y: 100,
    size,
    color: "#000",
  });

  it("draws the larger node's label where two collide, and tells the export which were drawn", async () => {
    const { context, painted } = fakeContext();
    drawEntityLabel(context, label("leaf", 100, 9), settings);
    drawEntityLabel(context, label("hub", 110, 15), settings);
    drawEntityLabel(context, label("far", 600, 9), settings);
    expect(painted).toEqual([]);
    await Promise.resolve();
    expect(painted).toEqual(["hub", "far"]);
    expect([...nodeLabelsShown()].sort()).toEqual(["far", "hub"]);
  });

  it("keeps a card's spot, and a hover alone leaves the plain labels as they were", async () => {
    const { context, painted } = fakeContext();
    drawEntityLabel(context, label("plain", 100, 20), settings);
    drawEntityLabel(context, label("kept", 900, 9), settings);
    drawEntityHover(context, label("card", 95, 9), settings);
    await Promise.resolve();
    expect(painted).toEqual(["card", "kept"]);
    expect([...nodeLabelsShown()].sort()).toEqual(["card", "kept"]);

    drawEntityHover(context, label("other", 600, 9), settings);
    await Promise.resolve();
    expect([...nodeLabelsShown()].sort()).toEqual(["kept", "other"]);
  });
});
