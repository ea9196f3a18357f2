/**
 * The figures a chain gives for one owner and one owned entity, and the one wording of their
 * names and methods that the chain panel, the API and the report use. docs/model.md defines
 * them ("Economic share and stake under control", "Rings: two methods").
 *
 * Ownership and control are never mixed into one number: the economic share follows ownership
 * links only; the stake under control says what the owner holds together with the entities it
 * controls. Each figure names the method it comes from.
 */
import { formatShare, type ShareInterval } from "./stated-share";

/** The figures, in the order they are shown. */
export const SHARE_FIGURES = ["economic", "integrated", "control"] as const;
export type ShareFigure = (typeof SHARE_FIGURES)[number];

/** How a figure is computed. */
export type ShareMethod = "simplePaths" | "integrated" | "controlGroup";

interface ShareFigureEntry {
  /** The figure's name, as a label: "Economic share". */
  name: string;
  method: ShareMethod;
  /** One sentence for a tooltip or a report's legend. */
  definition: string;
}

export const SHARE_FIGURE_REGISTRY: Record<ShareFigure, ShareFigureEntry> = {
  economic: {
    name: "Economic share",
    method: "simplePaths",
    definition:
      "Ownership links only: the stated shares multiplied along each chain of holdings and " +
      "summed over the chains; control links add nothing.",
  },
  integrated: {
    name: "Economic share",
    method: "integrated",
    definition:
      "Ownership links only, with the value that goes round rings of cross-holdings counted " +
      "as the integrated-ownership method does (Vitali, Glattfelder and Battiston 2011), " +
      "leaving out the rounds that come back to the owner itself.",
  },
  control: {
    name: "Stake under control",
    method: "controlGroup",
    definition:
      "The economic share held together by the owner and the entities it controls (through " +
      "control links, or holdings of more than 50 %), each stake counted once.",
  },
};

/** The method of a figure in words, as it is shown after the figure. */
export const SHARE_METHOD_TEXT: Record<ShareMethod, string> = {
  simplePaths: "counted once along simple paths",
  integrated: "integrated (Vitali et al. 2011)",
  controlGroup: "held by it and the entities it controls",
};

/** What a figure says when it has no value: the owner holds nothing by that measure. */
export const NO_FIGURE_TEXT: Record<ShareFigure, string> = {
  economic: "none (no chain of ownership links)",
  integrated: "none (no chain of ownership links)",
  control: "none (control without ownership)",
};

/** A figure as shown: its name, its method and its value, all in words. */
export interface NamedShareFigure {
  /** "Economic share", "Stake under control". */
  name: string;
  /** "counted once along simple paths", "integrated (Vitali et al. 2011)", … */
  method: string;
  /** "30%", "unknown (at most 60%)", "none (control without ownership)". */
  value: string;
}

/** A figure as one line: "Economic share (counted once along simple paths): 30%". */
export function shareFigureLine(figure: NamedShareFigure): string {
  return `${figure.name} (${figure.method}): ${figure.value}`;
}

/**
 * A figure's value in words: "30%", "40–60%", "unknown (at most 60%)", or what its absence
 * means ("none (control without ownership)").
 */
export function shareFigureValue(figure: ShareFigure, share: ShareInterval | null): string {
  if (share === null) return NO_FIGURE_TEXT[figure];
  const text = formatShare(share);
  return share.hasUnknown && share.min <= 0 && share.max >= 1
    ? `${text}: no source states the shares along the chain`
    : text;
}
