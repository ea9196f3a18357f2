import { describe, expect, it } from "vitest";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { autoPicture } from "../../server/export/auto-picture";

function company(key: string, name: string): WireGraph["nodes"][number] {
  return { key, attributes: { labels: ["Company"], properties: { id: key, name } } };
}

function owns(source: string, target: string): WireGraph["edges"][number] {
  return {
    key: `${source}-${target}`,
    source,
    target,
    attributes: { type: "OWNS", properties: { shareExact: 100 } },
  };
}

describe("the picture of an export that comes without one", () => {
  it("draws owners above what they own, every node inside the page", () => {
    const children = Array.from({ length: 12 }, (_, index) => `c${index}`);
    const graph: WireGraph = {
      nodes: [
        company("top", "Top"),
        company("mid", "Mid"),
        ...children.map((key) => company(key, key)),
      ],
      edges: [owns("top", "mid"), ...children.map((key) => owns("mid", key))],
    };
    const picture = autoPicture(graph);
    const y = (key: string) => picture.nodes.get(key)?.y ?? NaN;
    expect(y("top")).toBeLessThan(y("mid"));
    for (const key of children) expect(y(key)).toBeGreaterThan(y("mid"));
    for (const node of picture.nodes.values()) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.y).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(picture.viewport.width);
      expect(node.y).toBeLessThan(picture.viewport.height);
    }
  });

  it("gives an empty graph a finite page", () => {
    const picture = autoPicture({ nodes: [], edges: [] });
    expect(Number.isFinite(picture.viewport.width)).toBe(true);
    expect(Number.isFinite(picture.viewport.height)).toBe(true);
  });
});
