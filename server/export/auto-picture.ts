import type { ExportDisplayState, SvgEdgeDisplay, SvgNodeDisplay } from "../../domain/export";
import {
  RELATIONSHIP_KIND_LOOKS,
  nodeCaption,
  nodeKind,
  nodeStyle,
  relationshipKind,
  shareTextOf,
} from "../../domain/model";
import type { SerializedNode, WireGraph } from "../../domain/graph/graph-wire-types";

/**
 * A picture for a graph that comes without one (a query or a list of ids from the command
 * line or the API): owners above what they own, in layers. A node's layer is the longest chain
 * of relationships above it (cycles broken where met); each layer is ordered by the mean
 * position of the nodes above it, and wraps into rows when wide. Colours and sizes follow the
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

/** Longest-path layers by iterative depth-first search; an edge back into the path is skipped. */
function layersOf(graph: WireGraph): Map<string, number> {
  const above = new Map<string, string[]>(graph.nodes.map((node) => [node.key, []]));
  for (const edge of graph.edges) {
    if (edge.source !== edge.target) above.get(edge.target)?.push(edge.source);
  }
  const layer = new Map<string, number>();
  const onPath = new Set<string>();
  for (const start of above.keys()) {
    if (layer.has(start)) continue;
    const stack: { key: string; next: number }[] = [{ key: start, next: 0 }];
    onPath.add(start);
    while (stack.length > 0) {
      const frame = stack.at(-1);
      if (frame === undefined) break;
      const parents = above.get(frame.key) ?? [];
      const parent = parents[frame.next++];
      if (parent !== undefined) {
        if (!layer.has(parent) && !onPath.has(parent)) {
          onPath.add(parent);
          stack.push({ key: parent, next: 0 });
        }
        continue;
      }
      const depths = parents.map((key) => layer.get(key) ?? -1);
      layer.set(frame.key, Math.max(-1, ...depths) + 1);
      onPath.delete(frame.key);
      stack.pop();
    }
  }
  return layer;
}

export function autoPicture(graph: WireGraph): ExportDisplayState {
  const layer = layersOf(graph);
  const above = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = above.get(edge.target) ?? [];
    list.push(edge.source);
    above.set(edge.target, list);
  }
  const byLayer: string[][] = [];
  for (const node of graph.nodes) (byLayer[layer.get(node.key) ?? 0] ??= []).push(node.key);
  const column = new Map<string, number>();
  const rows: string[][] = [];
  for (const keys of byLayer) {
    if (keys === undefined) continue;
    const mean = (key: string) => {
      const xs = (above.get(key) ?? []).flatMap((k) => column.get(k) ?? []);
      return xs.length === 0 ? Infinity : xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const ordered = [...keys].sort((a, b) => mean(a) - mean(b));
    for (let start = 0; start < ordered.length; start += PER_ROW) {
      const row = ordered.slice(start, start + PER_ROW);
      // An odd row sits half a column off, so a link that skips it does not run through a node.
      const shift = row.length > 1 && row.length % 2 === 1 ? 0.5 : 0;
      row.forEach((key, index) => column.set(key, index + (PER_ROW - row.length) / 2 + shift));
      rows.push(row);
    }
  }
  const nodeByKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const nodes = new Map<string, SvgNodeDisplay>();
  let offset = Infinity;
  for (const value of column.values()) offset = Math.min(offset, value);
  rows.forEach((row, rowIndex) => {
    for (const key of row) {
      const node = nodeByKey.get(key);
      if (node === undefined) continue;
      const style = styleOf(node);
      nodes.set(key, {
        x: MARGIN + ((column.get(key) ?? 0) - offset) * COLUMN_WIDTH,
        y: MARGIN + rowIndex * ROW_HEIGHT,
        size: style.size,
        color: style.color,
        label: nodeCaption(node),
      });
    }
  });
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
      height: 2 * MARGIN + Math.max(0, rows.length - 1) * ROW_HEIGHT,
      coordinates: "screen",
    },
  };
}
