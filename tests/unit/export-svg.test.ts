import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  exportSvg,
  svgNumber,
  type SvgEdgeDisplay,
  type SvgNodeDisplay,
  type SvgViewport,
} from "../../domain/export/svg-exporter";
import { AISINO_ZH, NASTY_NAME, trickyGraph } from "../fixtures/export/tricky-graph";

const nodes: Record<string, SvgNodeDisplay> = {
  "4:db:0": { x: 400.5, y: 300.25, size: 12, color: "#e22653", label: NASTY_NAME },
  "4:db:1": { x: 150, y: 120, size: 8, color: "rgb(10, 20, 30)", label: "CASIC" },
  "4:db:2": { x: 60.123, y: 40.987, size: 6, color: "#333", label: AISINO_ZH },
  "4:db:3": { x: 10, y: 10, size: 4, color: "#999", label: "hidden source", hidden: true },
};

const edges = new Map<string, SvgEdgeDisplay>([
  ["5:db:10", { color: "#888", size: 2, label: "OWNS 40–60% <b>" }],
  ["5:db:11", { color: "#888", size: 1, label: "OWNS 100%" }],
  ["5:db:12", { color: "#f00", size: 1, label: "OWNS 12.5%", hidden: true }],
  ["5:db:13", { color: "#0f0", size: 1, label: "self & loop" }],
]);

const viewport: SvgViewport = { width: 800, height: 600, coordinates: "screen" };

function parseSvg(svg: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return document;
}

function texts(svg: string, className: string): string[] {
  return Array.from(parseSvg(svg).getElementsByTagName("text"))
    .filter((text) => text.getAttribute("class") === className)
    .map((text) => text.textContent ?? "");
}

describe("SVG exporter", () => {
  const svg = exportSvg({ graph: trickyGraph, nodes, edges, viewport });

  it("is well-formed SVG sized like the viewport", () => {
    const root = parseSvg(svg).documentElement;
    expect(root?.tagName).toBe("svg");
    expect(root?.getAttribute("viewBox")).toBe("0 0 800 600");
    expect(svg).not.toContain("<script");
  });

  it("draws every visible node at its screen position with its size and colour", () => {
    const circles = Array.from(parseSvg(svg).getElementsByTagName("circle"));
    expect(circles.map((circle) => circle.getAttribute("data-key"))).toEqual([
      "4:db:0",
      "4:db:1",
      "4:db:2",
    ]);
    for (const circle of circles) {
      const display = nodes[circle.getAttribute("data-key") ?? ""];
      expect(Number(circle.getAttribute("cx"))).toBeCloseTo(display?.x ?? NaN, 2);
      expect(Number(circle.getAttribute("cy"))).toBeCloseTo(display?.y ?? NaN, 2);
      expect(Number(circle.getAttribute("r"))).toBe(display?.size);
      expect(circle.getAttribute("fill")).toBe(display?.color);
    }
  });

  it("writes every visible node and edge label as text, escaped", () => {
    expect(texts(svg, "node-label")).toEqual([NASTY_NAME, "CASIC", AISINO_ZH]);
    expect(texts(svg, "edge-label")).toEqual(["OWNS 40–60% <b>", "OWNS 100%", "self & loop"]);
    expect(svg).not.toContain("hidden source");
    expect(svg).not.toContain("OWNS 12.5%");
  });

  it("runs each edge from its source centre towards its target, ending in an arrow head", () => {
    const groups = Array.from(parseSvg(svg).getElementsByTagName("g")).filter((group) =>
      group.getAttribute("data-key")?.startsWith("5:"),
    );
    expect(groups.map((group) => group.getAttribute("data-key"))).toEqual([
      "5:db:10",
      "5:db:11",
      "5:db:13",
    ]);
    const line = groups[0]?.getElementsByTagName("line")[0];
    expect(Number(line?.getAttribute("x1"))).toBe(150);
    expect(Number(line?.getAttribute("y1"))).toBe(120);
    const tip = groups[0]
      ?.getElementsByTagName("polygon")[0]
      ?.getAttribute("points")
      ?.split(" ")[0];
    const [tipX = NaN, tipY = NaN] = (tip ?? "").split(",").map(Number);
    // The tip touches the target's border: 12 px from its centre, on the line between centres.
    expect(Math.hypot(tipX - 400.5, tipY - 300.25)).toBeCloseTo(12, 1);
    expect(groups[2]?.getElementsByTagName("path")).toHaveLength(1);
  });

  it("fits graph coordinates into the viewport with y pointing up", () => {
    const fitted = exportSvg({
      graph: trickyGraph,
      nodes,
      edges,
      viewport: { width: 200, height: 100, coordinates: "graph", padding: 10 },
      inline: true,
    });
    expect(fitted.startsWith("<svg")).toBe(true);
    const circles = Array.from(parseSvg(fitted).getElementsByTagName("circle"));
    const at = (key: string) => {
      const circle = circles.find((candidate) => candidate.getAttribute("data-key") === key);
      return { x: Number(circle?.getAttribute("cx")), y: Number(circle?.getAttribute("cy")) };
    };
    for (const key of ["4:db:0", "4:db:1", "4:db:2"]) {
      const { x, y } = at(key);
      expect(x).toBeGreaterThanOrEqual(10 - 0.01);
      expect(x).toBeLessThanOrEqual(190 + 0.01);
      expect(y).toBeGreaterThanOrEqual(10 - 0.01);
      expect(y).toBeLessThanOrEqual(90 + 0.01);
    }
    // Highest graph y is drawn at the top.
    expect(at("4:db:0").y).toBeCloseTo(10, 1);
    expect(at("4:db:2").y).toBeCloseTo(90, 1);
    expect(at("4:db:2").x).toBeLessThan(at("4:db:0").x);
  });

  it("places a loop's label above the loop, unrotated", () => {
    const label = Array.from(parseSvg(svg).getElementsByTagName("text")).find(
      (text) => text.textContent === "self & loop",
    );
    expect(Number(label?.getAttribute("x"))).toBeCloseTo(400.5, 2);
    expect(Number(label?.getAttribute("y"))).toBeLessThan(300.25 - 12);
    expect(label?.getAttribute("transform")).toBeNull();
  });

  it("formats numbers to hundredths without trailing zeros", () => {
    expect([0, 100, -0.5, 12.345, -12.3, 0.07, -0.07, 1.999, NaN].map(svgNumber)).toEqual([
      "0",
      "100",
      "-0.5",
      "12.35",
      "-12.3",
      "0.07",
      "-0.07",
      "2",
      "0",
    ]);
  });
});

describe("SVG edge styles, as on the canvas", () => {
  it("dashes control links, dots roles, and leaves the arrow off plain lines", () => {
    const styled = new Map<string, SvgEdgeDisplay>([
      ["5:db:10", { color: "#c0392b", size: 2, line: "dashed", arrow: true }],
      ["5:db:11", { color: "#7a4fb0", size: 1, line: "dotted", arrow: false }],
      ["5:db:13", { color: "#888", size: 1, line: "dashed" }],
    ]);
    const document = parseSvg(exportSvg({ graph: trickyGraph, nodes, edges: styled, viewport }));
    const lines = Array.from(document.getElementsByTagName("line"));
    const byColour = (colour: string) => lines.filter((l) => l.getAttribute("stroke") === colour);
    expect(byColour("#c0392b").map((l) => l.getAttribute("stroke-dasharray"))).toEqual(["7 5"]);
    expect(byColour("#7a4fb0").map((l) => l.getAttribute("stroke-dasharray"))).toEqual(["2 4"]);
    const heads = Array.from(document.getElementsByTagName("polygon")).map((p) =>
      p.getAttribute("fill"),
    );
    // The dashed link keeps its arrow head; the dotted role has none.
    expect(heads).toEqual(["#c0392b"]);
    // The loop is a path, dashed too.
    const loop = Array.from(document.getElementsByTagName("path")).find(
      (path) => path.getAttribute("stroke") === "#888",
    );
    expect(loop?.getAttribute("stroke-dasharray")).toBe("7 5");
  });
});
