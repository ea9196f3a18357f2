/**
 * The kinds of relationship the pictures distinguish (canvas, SVG, reports), and how each looks:
 * colour, line (solid, dashed, dotted) and whether it ends in an arrow.
 */
export type RelationshipKind =
  "ownership" | "control" | "contract" | "role" | "listing" | "identity";

export type EdgeLine = "solid" | "dashed" | "dotted";

export interface RelationshipKindLook {
  colour: string;
  line: EdgeLine;
  arrow: boolean;
  /** For legends. */
  description: string;
}

export const RELATIONSHIP_KIND_LOOKS: Record<RelationshipKind, RelationshipKindLook> = {
  ownership: { colour: "#24527a", line: "solid", arrow: true, description: "owns (width: share)" },
  control: { colour: "#c0392b", line: "dashed", arrow: true, description: "controls" },
  contract: {
    colour: "#b7791f",
    line: "solid",
    arrow: true,
    description: "supplies, awards, performed at",
  },
  role: { colour: "#7a4fb0", line: "dotted", arrow: false, description: "officer of, founded" },
  listing: {
    colour: "#8a94a3",
    line: "solid",
    arrow: false,
    description: "lists (sanctions, registers)",
  },
  identity: {
    colour: "#2e8b57",
    line: "dotted",
    arrow: false,
    description: "same entity (records joined on an identifier)",
  },
};
