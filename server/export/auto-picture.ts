import type { ExportDisplayState, SvgEdgeDisplay, SvgNodeDisplay } from "../../domain/export";
import {
  RELATIONSHIP_KIND_LOOKS,
  nodeCaption,
  nodeKind,
  nodeStyle,
  relationshipKind,
  shareTextOf,
} from "../../domain/model";
import type { SerializedNode, WireGraph } from "../../domain/wire/graph-wire-types";
import { hierarchyPositions } from "../../domain/layout/hierarchy-layout";

/**
 * A picture for a graph that comes without one (a query or a list of ids from the command
 * line or the API): owners above what they own, laid out by the canvas's own hierarchy layout
 * (domain/layout/hierarchy-layout.ts) over every relationship. Colours and sizes follow the
 * canvas's (the model's styles, domain/model).
 */

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
  const style = nodeStyle(nodeKind(node.attributes.labels));
  return { color: style.colour, size: style.size };
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
      label: nodeCaption(node),
    });
  }
  const edges = new Map<string, SvgEdgeDisplay>();
  for (const edge of graph.edges) {
    const { type, properties } = edge.attributes;
    const look = RELATIONSHIP_KIND_LOOKS[relationshipKind(type)];
    const share = shareTextOf(type, properties);
    const label = share === null ? type : `${type} ${share}`;
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
