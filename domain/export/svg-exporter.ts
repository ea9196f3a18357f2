import type { SerializedEdge, WireGraph } from "../wire/graph-wire-types";
import type { EdgeLine } from "../model";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape";

/**
 * A vector copy of the canvas: the positions, sizes, colours and labels the renderer shows,
 * with no layout of its own. Edges are drawn first, then nodes, then labels on top, as sigma
 * does; every visible node and edge label is a `<text>` element. Relationships are directed,
 * so an edge ends in an arrow head at the border of its target (unless its display says no
 * arrow) and is dashed or dotted as on the canvas; a loop is a small curve.
 */

export interface SvgNodeDisplay {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label?: string | null;
  hidden?: boolean;
}

export interface SvgEdgeDisplay {
  color: string;
  /** Thickness in pixels. */
  size: number;
  label?: string | null;
  hidden?: boolean;
  /** Solid unless said (control links are dashed, roles dotted, as on the canvas). */
  line?: EdgeLine;
  /** An arrow head at the target unless false (roles and listings are plain lines). */
  arrow?: boolean;
}

/** Dash and gap lengths in pixels, the same as the canvas's edge programs. */
const DASHES: Record<EdgeLine, string | null> = { solid: null, dashed: "7 5", dotted: "2 4" };

export interface SvgViewport {
  width: number;
  height: number;
  /**
   * `screen`: x and y are viewport pixels (as from sigma's `graphToViewport`), drawn as given.
   * `graph`: graph coordinates (y pointing up, as in sigma), fitted into the viewport with
   * `padding` around, keeping proportions.
   */
  coordinates: "screen" | "graph";
  padding?: number;
  /** Default white; null for a transparent background. */
  background?: string | null;
  labelColor?: string;
  labelSize?: number;
  edgeLabelSize?: number;
  fontFamily?: string;
}

/** Display states by key, as a Map or a plain record. */
export type DisplayStates<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

export interface SvgExportInput {
  graph: WireGraph;
  nodes: DisplayStates<SvgNodeDisplay>;
  edges: DisplayStates<SvgEdgeDisplay>;
  viewport: SvgViewport;
  /** Leave out the `<?xml?>` declaration, to inline the picture in HTML. */
  inline?: boolean;
}

interface Point {
  x: number;
  y: number;
}

export function displayStateOf<T>(states: DisplayStates<T>, key: string): T | undefined {
  if (states instanceof Map) return states.get(key) as T | undefined;
  const record = states as Readonly<Record<string, T>>;
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A number rounded to hundredths, without trailing zeros. Integer arithmetic instead of
 * `String(number)`, which is several times slower and this runs about ten times per edge.
 */
export function svgNumber(value: number): string {
  const hundredths = Math.round(value * 100);
  if (!Number.isFinite(hundredths)) return "0";
  const whole = Math.trunc(hundredths / 100);
  const rest = Math.abs(hundredths % 100);
  if (rest === 0) return String(whole);
  const sign = hundredths < 0 && whole === 0 ? "-" : "";
  const digits = rest % 10 === 0 ? String(rest / 10) : rest < 10 ? `0${rest}` : String(rest);
  return `${sign}${whole}.${digits}`;
}

function screenTransform(
  visible: readonly SvgNodeDisplay[],
  viewport: SvgViewport,
): (node: SvgNodeDisplay) => Point {
  if (viewport.coordinates === "screen") return (node) => ({ x: node.x, y: node.y });
  const padding = viewport.padding ?? 20;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of visible) {
    minX = Math.min(minX, node.x);
    maxX = Math.max(maxX, node.x);
    minY = Math.min(minY, node.y);
    maxY = Math.max(maxY, node.y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(
    Math.max(viewport.width - 2 * padding, 1) / spanX,
    Math.max(viewport.height - 2 * padding, 1) / spanY,
  );
  const offsetX = (viewport.width - (maxX - minX) * scale) / 2;
  const offsetY = (viewport.height - (maxY - minY) * scale) / 2;
  return (node) => ({ x: offsetX + (node.x - minX) * scale, y: offsetY + (maxY - node.y) * scale });
}

function edgeShapes(from: Point, to: Point, targetRadius: number, edge: SvgEdgeDisplay): string {
  const stroke = escapeXmlAttribute(edge.color);
  const width = svgNumber(edge.size);
  const dashes = DASHES[edge.line ?? "solid"];
  const dash = dashes ? ` stroke-dasharray="${dashes}"` : "";
  if (from.x === to.x && from.y === to.y) {
    const r = loopRadius(targetRadius);
    const d =
      `M${svgNumber(from.x)} ${svgNumber(from.y)}` +
      ` c${svgNumber(-r)} ${svgNumber(-2 * r)} ${svgNumber(r)} ${svgNumber(-2 * r)} 0 0`;
    return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash}/>`;
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  const thickness = Math.max(edge.size, 1);
  const headLength = Math.min(thickness * 5, Math.max(length - targetRadius, 0));
  const tipX = to.x - ux * targetRadius;
  const tipY = to.y - uy * targetRadius;
  if (edge.arrow === false) {
    return (
      `<line x1="${svgNumber(from.x)}" y1="${svgNumber(from.y)}"` +
      ` x2="${svgNumber(tipX)}" y2="${svgNumber(tipY)}"` +
      ` stroke="${stroke}" stroke-width="${width}"${dash}/>`
    );
  }
  const baseX = tipX - ux * headLength;
  const baseY = tipY - uy * headLength;
  const half = thickness * 2;
  const points =
    `${svgNumber(tipX)},${svgNumber(tipY)}` +
    ` ${svgNumber(baseX - uy * half)},${svgNumber(baseY + ux * half)}` +
    ` ${svgNumber(baseX + uy * half)},${svgNumber(baseY - ux * half)}`;
  return (
    `<line x1="${svgNumber(from.x)}" y1="${svgNumber(from.y)}"` +
    ` x2="${svgNumber(baseX)}" y2="${svgNumber(baseY)}"` +
    ` stroke="${stroke}" stroke-width="${width}"${dash}/><polygon points="${points}" fill="${stroke}"/>`
  );
}

function loopRadius(targetRadius: number): number {
  return Math.max(targetRadius, 4) * 1.5;
}

function edgeLabel(edge: DrawnEdge, text: string, size: number, color: string): string {
  const { from, to } = edge;
  const isLoop = from.x === to.x && from.y === to.y;
  // A loop's curve peaks 1.5 radii above the node: the label sits just over it.
  const mid = isLoop
    ? { x: from.x, y: from.y - 1.5 * loopRadius(edge.targetRadius) }
    : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  let angle = isLoop ? 0 : (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const rotate =
    angle === 0
      ? ""
      : ` transform="rotate(${svgNumber(angle)} ${svgNumber(mid.x)} ${svgNumber(mid.y)})"`;
  return (
    `<text class="edge-label" x="${svgNumber(mid.x)}" y="${svgNumber(mid.y - 3)}"` +
    ` font-size="${svgNumber(size)}" fill="${escapeXmlAttribute(color)}" text-anchor="middle"${rotate}>` +
    `${escapeXmlText(text)}</text>`
  );
}

interface DrawnEdge {
  edge: SerializedEdge;
  display: SvgEdgeDisplay;
  from: Point;
  to: Point;
  targetRadius: number;
}

interface DrawnNode {
  key: string;
  display: SvgNodeDisplay;
  at: Point;
}

/** What is visible, where: the nodes in screen space and the edges between visible nodes. */
function scene(input: SvgExportInput): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const visible: { key: string; display: SvgNodeDisplay }[] = [];
  for (const node of input.graph.nodes) {
    const display = displayStateOf(input.nodes, node.key);
    if (display !== undefined && !display.hidden) visible.push({ key: node.key, display });
  }
  const place = screenTransform(
    visible.map((node) => node.display),
    input.viewport,
  );
  const nodes = visible.map((node) => ({ ...node, at: place(node.display) }));
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const edges: DrawnEdge[] = [];
  for (const edge of input.graph.edges) {
    const display = displayStateOf(input.edges, edge.key);
    const from = byKey.get(edge.source);
    const to = byKey.get(edge.target);
    if (display === undefined || display.hidden || from === undefined || to === undefined) continue;
    edges.push({ edge, display, from: from.at, to: to.at, targetRadius: to.display.size });
  }
  return { nodes, edges };
}

function opening(viewport: SvgViewport, inline: boolean): string {
  const width = svgNumber(viewport.width);
  const height = svgNumber(viewport.height);
  const font = escapeXmlAttribute(viewport.fontFamily ?? "Arial, Helvetica, sans-serif");
  const background = viewport.background === undefined ? "#fff" : viewport.background;
  return (
    (inline ? "" : '<?xml version="1.0" encoding="UTF-8"?>\n') +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"` +
    ` viewBox="0 0 ${width} ${height}" font-family="${font}">\n` +
    (background === null
      ? ""
      : `<rect width="100%" height="100%" fill="${escapeXmlAttribute(background)}"/>\n`)
  );
}

function nodeLabel(node: DrawnNode, text: string, size: number, color: string): string {
  const x = svgNumber(node.at.x + node.display.size + 3);
  const y = svgNumber(node.at.y + size / 3);
  return (
    `<text class="node-label" x="${x}" y="${y}" font-size="${svgNumber(size)}"` +
    ` fill="${escapeXmlAttribute(color)}">${escapeXmlText(text)}</text>\n`
  );
}

export function exportSvg(input: SvgExportInput): string {
  const { viewport } = input;
  const { nodes, edges } = scene(input);
  const labelColor = viewport.labelColor ?? "#000";
  const parts: string[] = [opening(viewport, input.inline ?? false), '<g class="edges">\n'];
  for (const drawn of edges) {
    const shapes = edgeShapes(drawn.from, drawn.to, drawn.targetRadius, drawn.display);
    parts.push(`<g data-key="${escapeXmlAttribute(drawn.edge.key)}">${shapes}</g>\n`);
  }
  parts.push('</g>\n<g class="nodes">\n');
  for (const { key, display, at } of nodes) {
    parts.push(
      `<circle data-key="${escapeXmlAttribute(key)}" cx="${svgNumber(at.x)}" cy="${svgNumber(at.y)}"` +
        ` r="${svgNumber(display.size)}" fill="${escapeXmlAttribute(display.color)}"/>\n`,
    );
  }
  parts.push('</g>\n<g class="labels">\n');
  for (const drawn of edges) {
    const { label } = drawn.display;
    if (label) parts.push(edgeLabel(drawn, label, viewport.edgeLabelSize ?? 10, labelColor), "\n");
  }
  for (const node of nodes) {
    const { label } = node.display;
    if (label) parts.push(nodeLabel(node, label, viewport.labelSize ?? 14, labelColor));
  }
  parts.push("</g>\n</svg>\n");
  return parts.join("");
}
