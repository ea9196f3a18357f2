/**
 * How a relationship looks: colour and line style by kind (ownership, control, contract, role,
 * listing), width by the share it states, faded when the claim is uncertain.
 */
import { numberValue, type Properties } from "../../domain/graph/graph-wire-types";
import {
  EDGE_KIND_LOOKS,
  edgeKind,
  type EdgeKind,
  type EdgeKindLook,
} from "../../domain/graph/edge-kinds";

export { edgeKind, type EdgeKind };

/** The sigma edge programs registered in sigma-settings.ts. */
export type EdgeProgramName = "solidArrow" | "dashedArrow" | "dottedLine" | "plainLine";

export interface EdgeKindStyle extends EdgeKindLook {
  program: EdgeProgramName;
}

function programFor(look: EdgeKindLook): EdgeProgramName {
  if (look.line === "dotted") return "dottedLine";
  if (look.line === "dashed") return "dashedArrow";
  return look.arrow ? "solidArrow" : "plainLine";
}

/** Each kind's look (shared with the SVG and report pictures) and the program that draws it. */
export const EDGE_KIND_STYLES = Object.fromEntries(
  Object.entries(EDGE_KIND_LOOKS).map(([kind, look]) => [
    kind,
    { ...look, program: programFor(look) },
  ]),
) as Record<EdgeKind, EdgeKindStyle>;

function numberOf(properties: Properties, name: string): number | null {
  return numberValue(properties[name]);
}

/** The share an OWNS relationship states, as one number for drawing (range midpoint), or null. */
export function drawnShare(properties: Properties): number | null {
  const exact = numberOf(properties, "shareExact");
  if (exact !== null) return exact;
  const min = numberOf(properties, "shareMin");
  const max = numberOf(properties, "shareMax");
  if (min === null && max === null) return null;
  return ((min ?? 0) + (max ?? 100)) / 2;
}

/** Line width in pixels: ownership from 1 (0 %) to 6 (100 %), unknown share thin. */
export function edgeWidth(type: string, properties: Properties): number {
  const kind = edgeKind(type);
  if (kind === "ownership") {
    const share = drawnShare(properties);
    return share === null ? 1.5 : 1 + (Math.min(Math.max(share, 0), 100) / 100) * 5;
  }
  return kind === "control" ? 2 : kind === "contract" ? 1.5 : 1.2;
}

/** Uncertain claims are drawn faded. */
export function edgeColour(type: string, properties: Properties): string {
  const colour = EDGE_KIND_STYLES[edgeKind(type)].colour;
  return properties["firmness"] === "uncertain" ? `${colour}80` : colour;
}
