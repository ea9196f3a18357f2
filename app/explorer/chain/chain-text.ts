/** Words for the chain panel: effective shares, how an owner is reached, what a path adds. */
import {
  formatShare,
  type ChainPath,
  type Holding,
  type UltimateOwner,
} from "../../../domain/ownership";

export function effectiveShareText(end: UltimateOwner | Holding): string {
  if (end.effectiveShare) {
    const text = formatShare(end.effectiveShare);
    return end.effectiveShare.hasUnknown &&
      end.effectiveShare.min <= 0 &&
      end.effectiveShare.max >= 1
      ? `${text}: no source states the shares along the chain`
      : text;
  }
  return end.reach === "ownership" ? "unknown" : "control without ownership";
}

export function reachText(end: UltimateOwner | Holding): string {
  switch (end.reach) {
    case "ownership":
      return "through ownership";
    case "control":
      return "through control";
    case "mixed":
      return "through ownership and control";
  }
}

const CONTRIBUTION_TEXT: Record<ChainPath["contribution"], string> = {
  counted: "counted in the effective share",
  sameStakeCounted: "the same stake, already counted",
  heldByControlledEntity: "held through an entity it controls, counted there",
  noOwnershipShare: "control, no ownership share",
};

export function contributionText(path: ChainPath): string {
  return CONTRIBUTION_TEXT[path.contribution];
}
