/**
 * How a relationship looks: colour and line style by kind (ownership, control, contract, role,
 * listing), width by the share it states, faded when the claim is uncertain.
 */
import type { Properties } from "../../domain/wire/graph-wire-types";
import type { LinkChangeKind } from "../../domain/time";
import {
  RELATIONSHIP_KIND_LOOKS,
  drawnSharePercent,
  relationshipKind,
  type RelationshipKind,
  type RelationshipKindLook,
} from "../../domain/model";

/** The sigma edge programs registered in sigma-settings.ts. */
export type EdgeProgramName = "solidArrow" | "dashedArrow" | "dottedLine" | "plainLine";

export interface EdgeKindStyle extends RelationshipKindLook {
  program: EdgeProgramName;
}

function programFor(look: RelationshipKindLook): EdgeProgramName {
  if (look.line === "dotted") return "dottedLine";
  if (look.line === "dashed") return "dashedArrow";
  return look.arrow ? "solidArrow" : "plainLine";
}

/** Each kind's look (shared with the SVG and report pictures) and the program that draws it. */
export const EDGE_KIND_STYLES = Object.fromEntries(
  Object.entries(RELATIONSHIP_KIND_LOOKS).map(([kind, look]) => [
    kind,
    { ...look, program: programFor(look) },
  ]),
) as Record<RelationshipKind, EdgeKindStyle>;

/** Line width in pixels: ownership from 1 (0 %) to 6 (100 %), unknown share thin. */
export function edgeWidth(type: string, properties: Properties): number {
  const kind = relationshipKind(type);
  if (kind === "ownership") {
    const share = drawnSharePercent(properties);
    return share === null ? 1.5 : 1 + (Math.min(Math.max(share, 0), 100) / 100) * 5;
  }
  return kind === "control" ? 2 : kind === "contract" ? 1.5 : 1.2;
}

/** Uncertain claims, and links that may or may not have held on the view's day, are drawn faded. */
export function edgeColour(type: string, properties: Properties, mayHaveHeld = false): string {
  const colour = EDGE_KIND_STYLES[relationshipKind(type)].colour;
  return mayHaveHeld || properties["firmness"] === "uncertain" ? `${colour}80` : colour;
}

/** Links compared between two days: appeared green, changed amber, ended red (canvas and legend). */
export const CHANGE_COLOURS: Readonly<Record<LinkChangeKind, string>> = {
  appeared: "#2e8b57",
  changed: "#c98500",
  ended: "#c0392b",
};
