/**
 * How the canvas draws a graph, read from sigma, in the form the SVG exporter and POST
 * /api/export take: each node's position, radius, colour and label as shown (after the
 * highlight reducers), each relationship's width and colour, and the viewport. Only labels
 * actually drawn are kept, so the picture holds exactly the labels on screen.
 */
import type { NodeDisplayData } from "sigma/types";
import type { SvgEdgeDisplay, SvgNodeDisplay, SvgViewport } from "../../domain/export";
import { RELATIONSHIP_KIND_LOOKS, type RelationshipKind } from "../../domain/model";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { nodeLabelsShown } from "../canvas/draw-label";

/** The parts of a sigma renderer the export reads (any Sigma instance has them). */
export interface ExportCanvas {
  getNodeDisplayData(key: unknown): NodeDisplayData | undefined;
  getEdgeDisplayData(key: unknown):
    | {
        color: string;
        size: number;
        label: string | null;
        hidden: boolean;
        kind?: RelationshipKind;
      }
    | undefined;
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
  getDimensions(): { width: number; height: number };
  getNodeDisplayedLabels(): Set<string>;
  getEdgeDisplayedLabels(): Set<string>;
  getCamera(): { getState(): { ratio: number } };
}

export interface DisplayPayload {
  nodes: Record<string, SvgNodeDisplay>;
  edges: Record<string, SvgEdgeDisplay>;
  viewport: SvgViewport;
}

/** The canvas's label style (app/canvas/sigma-settings.ts). */
export const CANVAS_LABEL_STYLE = {
  labelSize: 12,
  edgeLabelSize: 10,
  labelColor: "#1d2330",
  fontFamily: 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif',
};

/** The report's picture: as wide as an A4 page reads, at most this much taller than wide. */
const REPORT_WIDTH = 960;
const REPORT_MAX_ASPECT = 1.3;
const REPORT_PADDING = 40;
const REPORT_LABEL_ROOM = 220;
/** How much wider than tall the layout may be stretched to give labels room. */
const MAX_STRETCH = 4;

/**
 * Every visible node of the canvas, as placed on screen, framed into a report-sized picture.
 * Horizontal and vertical scales may differ (up to MAX_STRETCH) so narrow hierarchies spread
 * out enough for their labels: the same layout, read more easily.
 */
function frameForReport(nodes: Record<string, SvgNodeDisplay>): SvgViewport {
  const visible = Object.values(nodes).filter((node) => !node.hidden);
  if (visible.length === 0) return { width: REPORT_WIDTH, height: 200, coordinates: "screen" };
  const xs = visible.map((node) => node.x);
  const ys = visible.map((node) => node.y);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const usableWidth = REPORT_WIDTH - 2 * REPORT_PADDING - REPORT_LABEL_ROOM;
  const maxHeight = REPORT_WIDTH * REPORT_MAX_ASPECT - 2 * REPORT_PADDING;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  let scaleX = spanX > 0 ? usableWidth / spanX : 1;
  const scaleY = spanY > 0 ? Math.min(scaleX, maxHeight / spanY) : scaleX;
  scaleX = Math.min(scaleX, scaleY * MAX_STRETCH);
  const offsetX = REPORT_PADDING + (usableWidth - spanX * scaleX) / 2;
  for (const node of visible) {
    node.x = offsetX + (node.x - minX) * scaleX;
    node.y = REPORT_PADDING + (node.y - minY) * scaleY;
  }
  return {
    width: REPORT_WIDTH,
    height: Math.ceil(spanY * scaleY + 2 * REPORT_PADDING),
    coordinates: "screen",
  };
}

/**
 * `screen`: what is on screen, where it is (SVG, PNG). `fit`: every visible node with its
 * label, framed for a report (see frameForReport).
 */
export function readCanvasDisplay(
  canvas: ExportCanvas,
  graph: WireGraph,
  mode: "screen" | "fit",
): DisplayPayload {
  // Sigma's list, less the labels that gave way to a larger node's here (draw-label.ts).
  const shown = nodeLabelsShown();
  const nodeLabels = new Set([...canvas.getNodeDisplayedLabels()].filter((key) => shown.has(key)));
  const edgeLabels = canvas.getEdgeDisplayedLabels();
  const { width, height } = canvas.getDimensions();
  const nodes: Record<string, SvgNodeDisplay> = {};
  for (const node of graph.nodes) {
    const data = canvas.getNodeDisplayData(node.key);
    if (data === undefined) continue;
    const at = canvas.framedGraphToViewport(data);
    const label = mode === "fit" || nodeLabels.has(node.key) ? data.label : null;
    nodes[node.key] = {
      x: at.x,
      y: at.y,
      size: mode === "screen" ? canvas.scaleSize(data.size) : data.size,
      color: data.color,
      label,
      hidden: data.hidden,
    };
  }
  const edges: Record<string, SvgEdgeDisplay> = {};
  for (const edge of graph.edges) {
    const data = canvas.getEdgeDisplayData(edge.key);
    if (data === undefined) continue;
    // The display data carries the edge's kind (display-graph.ts): its look, as drawn.
    const look = RELATIONSHIP_KIND_LOOKS[data.kind ?? "ownership"];
    edges[edge.key] = {
      color: data.color,
      size: mode === "screen" ? canvas.scaleSize(data.size) : data.size,
      label: edgeLabels.has(edge.key) ? data.label : null,
      hidden: data.hidden,
      line: look.line,
      arrow: look.arrow,
    };
  }
  const frame =
    mode === "screen" ? { width, height, coordinates: "screen" as const } : frameForReport(nodes);
  const viewport: SvgViewport = { ...frame, ...CANVAS_LABEL_STYLE };
  return { nodes, edges, viewport };
}
