import type { SvgEdgeDisplay, SvgNodeDisplay } from "../../domain/export";
import { EDGE_KIND_LOOKS, edgeKind } from "../../domain/graph/edge-kinds";
import { shareText } from "../../domain/export/display-text";
import type { SerializedNode, WireGraph } from "../../domain/graph/graph-wire-types";
import { hierarchyPositions } from "../../domain/layout/hierarchy-layout";
import type { ExportDisplayState } from "./export-request";

/**
 * A picture for a graph that comes without one (a query or a list of ids from the command
 * line or the API): owners above what they own, laid out by the canvas's own hierarchy layout
 * (domain/layout/hierarchy-layout.ts) over every relationship. Colours and sizes follow the
 * canvas's (app/graph/entity-style.ts, edge-style.ts).
 */

const TYPE_STYLE: Record<string, { color: string; size: number }> = {
  PublicBody: { color: "#b5473a", size: 11 },
  Company: { color: "#2f6db5", size: 9 },
  Person: { color: "#7a4fb0", size: 7 },
  Contract: { color: "#c98a12", size: 7 },
  Place: { color: "#2e8b57", size: 8 },
  Source: { color: "#7d8590", size: 6 },
};
const OTHER_STYLE = { color: "#555e6c", size: 7 };
const COLUMN_WIDTH = 250;
const ROW_HEIGHT = 95;
const PER_ROW = 8;
const MARGIN = 40;

/** About how wide a label is drawn at 14 px: CJK characters full width, others about half. */
function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFEF]/u.test(character) ? 14 : 7.5;
  return width;
}

function styleOf(node: SerializedNode): { color: string; size: number } {
  const label = node.attributes.labels.find((name) => name in TYPE_STYLE);
  return label === undefined ? OTHER_STYLE : (TYPE_STYLE[label] ?? OTHER_STYLE);
}

function captionOf(node: SerializedNode): string {
  const { caption, name, title, id } = node.attributes.properties;
  for (const value of [caption, name, title, id]) {
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return node.key;
}

export function autoPicture(graph: WireGraph): ExportDisplayState {
  const positions = hierarchyPositions(
    graph.nodes.map((node) => node.key),
    graph.edges.map((edge) => ({ from: edge.source, to: edge.target })),
    { levelGap: ROW_HEIGHT, nodeGap: COLUMN_WIDTH, maxPerRow: PER_ROW },
  );
  let [left, top, bottom] = [0, 0, 0];
  for (const { x, y } of positions.values()) {
    [left, top, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(bottom, y)];
  }
  const nodeByKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const nodes = new Map<string, SvgNodeDisplay>();
  for (const [key, { x, y }] of positions) {
    const node = nodeByKey.get(key);
    if (node === undefined) continue;
    const style = styleOf(node);
    nodes.set(key, {
      x: MARGIN + x - left,
      y: MARGIN + y - top,
      size: style.size,
      color: style.color,
      label: captionOf(node),
    });
  }
  const edges = new Map<string, SvgEdgeDisplay>();
  for (const edge of graph.edges) {
    const { type, properties } = edge.attributes;
    const look = EDGE_KIND_LOOKS[edgeKind(type)];
    const label = type === "OWNS" ? `OWNS ${shareText(properties)}` : type;
    edges.set(edge.key, {
      color: look.colour,
      size: 1.5,
      label,
      line: look.line,
      arrow: look.arrow,
    });
  }
  let right = 0;
  for (const state of nodes.values()) {
    right = Math.max(right, state.x + state.size + 3 + labelWidth(state.label ?? ""));
  }
  return {
    nodes,
    edges,
    viewport: {
      width: Math.ceil(right + MARGIN),
      height: Math.ceil(2 * MARGIN + bottom - top),
      coordinates: "screen",
    },
  };
}
