/**
 * How a relationship looks: colour and line style by kind (ownership, control, contract, role,
 * listing), width by the share it states, faded when the claim is uncertain.
 */
import type { Properties } from "../../domain/graph/graph-wire-types";

export type EdgeKind = "ownership" | "control" | "contract" | "role" | "listing";

/** The sigma edge programs registered in sigma-settings.ts. */
export type EdgeProgramName = "solidArrow" | "dashedArrow" | "dottedLine" | "plainLine";

export interface EdgeKindStyle {
  colour: string;
  program: EdgeProgramName;
  /** For the legend. */
  description: string;
}

export const EDGE_KIND_STYLES: Record<EdgeKind, EdgeKindStyle> = {
  ownership: { colour: "#24527a", program: "solidArrow", description: "owns (width: share)" },
  control: { colour: "#c0392b", program: "dashedArrow", description: "controls" },
  contract: {
    colour: "#b7791f",
    program: "solidArrow",
    description: "supplies, awards, performed at",
  },
  role: { colour: "#7a4fb0", program: "dottedLine", description: "officer of, founded" },
  listing: { colour: "#8a94a3", program: "plainLine", description: "lists (sanctions, registers)" },
};

const KIND_OF_TYPE: Record<string, EdgeKind> = {
  OWNS: "ownership",
  CONTROLS: "control",
  SUPPLIES: "contract",
  AWARDED: "contract",
  PERFORMED_AT: "contract",
  OFFICER_OF: "role",
  FOUNDED: "role",
  LISTS: "listing",
};

export function edgeKind(type: string): EdgeKind {
  return KIND_OF_TYPE[type] ?? "listing";
}

function numberOf(properties: Properties, name: string): number | null {
  const value = properties[name];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
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
