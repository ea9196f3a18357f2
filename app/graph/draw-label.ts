/**
 * Node labels on sigma's label canvas: the name beside the node (its type's icon is drawn inside
 * it by the node program) on a translucent backing so it stays readable over edges. Hovered or highlighted
 * nodes get an opaque card. Sigma picks the labels to draw by density; a plain label that would
 * overlap one already drawn in the same frame is skipped, so labels never pile up.
 */
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { DisplayEdge, DisplayNode } from "./display-graph";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

const MAX_LABEL_LENGTH = 36;

function shorten(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Label boxes drawn in the current frame. Sigma draws all labels of a frame synchronously, so a
 * microtask queued by the first one clears the list before the next frame starts.
 */
const drawnBoxes: Box[] = [];

function claimSpace(box: Box): boolean {
  if (drawnBoxes.length === 0) {
    queueMicrotask(() => {
      drawnBoxes.length = 0;
    });
  }
  const taken = drawnBoxes.some(
    (other) =>
      box.left < other.right &&
      box.right > other.left &&
      box.top < other.bottom &&
      box.bottom > other.top,
  );
  if (!taken) drawnBoxes.push(box);
  return !taken;
}

function drawText(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<DisplayNode, DisplayEdge>,
  card: boolean,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const text = shorten(data.label);
  context.font = `${card ? 600 : settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(text).width;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  // Plain labels give way to labels already drawn in this frame; cards always show.
  const box = {
    left: x - 3,
    right: x + width + 3,
    top: data.y - size / 2 - 3,
    bottom: data.y + size / 2 + 3,
  };
  if (!card && !claimSpace(box)) return;
  context.fillStyle = card ? "rgba(255, 255, 255, 0.97)" : "rgba(255, 255, 255, 0.78)";
  if (card) {
    context.shadowColor = "rgba(29, 35, 48, 0.25)";
    context.shadowBlur = 6;
  }
  context.beginPath();
  context.roundRect(x - 3, data.y - size / 2 - 3, width + 6, size + 6, 4);
  context.fill();
  context.shadowBlur = 0;
  context.fillStyle = "#1d2330";
  context.fillText(text, x, y);
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
