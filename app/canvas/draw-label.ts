/**
 * Node labels on sigma's label canvas: the name beside the node (its type's icon is drawn inside
 * it by the node program) on a translucent backing so it stays readable over edges. Hovered or highlighted
 * nodes get an opaque card. Sigma picks the labels to draw by density; of those, a plain label
 * that would overlap a card or a larger node's label is skipped, so labels never pile up.
 */
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { DisplayEdge, DisplayNode } from "./display-graph";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

const MAX_LABEL_LENGTH = 36;

function shorten(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/**
 * Picks, largest node first, the labels that fit beside the boxes already taken and each other;
 * answers them in that order. Sigma hands labels over cell by cell, so without this a leaf
 * drawn early could push a hub's label out.
 */
export function placeLabels<T extends { size: number; box: Box }>(
  candidates: readonly T[],
  taken: Box[],
): T[] {
  const placed: T[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.size - a.size)) {
    if (taken.some((other) => overlaps(candidate.box, other))) continue;
    taken.push(candidate.box);
    placed.push(candidate);
  }
  return placed;
}

interface PlainLabel {
  key: string;
  size: number;
  box: Box;
  draw(): void;
}

/** One label pass: the cards drawn so far (keys and boxes), and the plain labels waiting. */
interface LabelFrame {
  taken: Box[];
  waiting: PlainLabel[];
  keys: Set<string>;
  cards: string[];
}

/** Node keys whose plain label the last full pass drew, and those with a card now. */
let plainShown: ReadonlySet<string> = new Set();
let cardsShown: ReadonlySet<string> = new Set();

/**
 * The node labels on screen after the last pass: what an export of the canvas should show
 * (sigma's own list also holds labels that gave way to others here).
 */
export function nodeLabelsShown(): ReadonlySet<string> {
  return new Set([...plainShown, ...cardsShown]);
}

/**
 * The current label pass. Sigma draws all labels of a frame synchronously (plain labels on its
 * label canvas, then cards on its hover canvas), so the plain labels wait for a microtask, are
 * placed largest node first around the cards, and the pass ends.
 */
let current: LabelFrame | null = null;

function currentFrame(): LabelFrame {
  if (current) return current;
  const frame: LabelFrame = { taken: [], waiting: [], keys: new Set(), cards: [] };
  current = frame;
  queueMicrotask(() => {
    if (current === frame) current = null;
    const placed = placeLabels(frame.waiting, frame.taken);
    for (const label of placed) label.draw();
    // A pass with plain labels redrew the label canvas; one with cards only (a hover) did not.
    if (frame.keys.size > 0) plainShown = new Set(placed.map((label) => label.key));
    cardsShown = new Set(frame.cards);
  });
  return frame;
}

function drawText(
  context: CanvasRenderingContext2D,
  data: LabelData & { key?: string },
  settings: Settings<DisplayNode, DisplayEdge>,
  card: boolean,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const text = shorten(data.label);
  const font = `${card ? 600 : settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.font = font;
  const width = context.measureText(text).width;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  const box = {
    left: x - 3,
    right: x + width + 3,
    top: data.y - size / 2 - 3,
    bottom: data.y + size / 2 + 3,
  };
  const paint = () => {
    context.font = font;
    context.fillStyle = card ? "rgba(255, 255, 255, 0.97)" : "rgba(255, 255, 255, 0.78)";
    if (card) {
      context.shadowColor = "rgba(29, 35, 48, 0.25)";
      context.shadowBlur = 6;
    }
    context.beginPath();
    context.roundRect(box.left, box.top, width + 6, size + 6, 4);
    context.fill();
    context.shadowBlur = 0;
    context.fillStyle = "#1d2330";
    context.fillText(text, x, y);
  };
  // Cards always show, at once; plain labels give way to cards and to larger nodes' labels.
  const frame = currentFrame();
  const key = data.key ?? `${String(data.x)},${String(data.y)}`;
  if (card) {
    frame.taken.push(box);
    frame.cards.push(key);
    paint();
    return;
  }
  // A label seen twice means sigma began a new pass in the same task, after clearing its
  // canvases: what waited belonged to the old one.
  if (frame.keys.has(key)) {
    frame.waiting.length = 0;
    frame.taken.length = 0;
    frame.cards.length = 0;
    frame.keys.clear();
  }
  frame.keys.add(key);
  frame.waiting.push({ key, size: data.size, box, draw: paint });
}

export function drawEntityLabel(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<DisplayNode, DisplayEdge>,
): void {
  drawText(context, data, settings, false);
}

/** Hovered and highlighted nodes: a ring around the node and the name on a card. */
export function drawEntityHover(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<DisplayNode, DisplayEdge>,
): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.strokeStyle = "#1d2330";
  context.lineWidth = 2;
  context.stroke();
  drawText(context, data, settings, true);
}
