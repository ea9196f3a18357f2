/**
 * What the software render profile leaves out, and from which size of the graph on screen
 * (render-profile.ts applies it). Plain data and functions: the benchmark reads them too.
 */
export type RenderProfile = "full" | "software";
/** What the user picked: the profile, or "auto" (software where WebGL is software). */
export type RenderProfileChoice = RenderProfile | "auto";

export const RENDER_PROFILE_CHOICES: readonly RenderProfileChoice[] = ["auto", "full", "software"];

/** One thing the software profile leaves out, above a size of the graph on screen. */
export type Simplification = "discs";

interface SimplificationRule {
  /** Applies from this many nodes or relationships on the canvas. */
  from: number;
  measure: "nodes" | "relationships";
  /** What the user is told, in the toolbar's explanation. */
  says: string;
}

export const SIMPLIFICATIONS: Readonly<Record<Simplification, SimplificationRule>> = {
  discs: {
    from: 2_000,
    measure: "nodes",
    says: "entities are plain discs in their type's colour, without the type's icon",
  },
};

/** The simplifications in force for a graph of this size. */
export function simplificationsFor(
  profile: RenderProfile,
  size: { nodes: number; relationships: number },
  only: readonly Simplification[] = Object.keys(SIMPLIFICATIONS) as Simplification[],
): Simplification[] {
  if (profile === "full") return [];
  return only.filter((key) => {
    const rule = SIMPLIFICATIONS[key];
    return size[rule.measure] >= rule.from;
  });
}
