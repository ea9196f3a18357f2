/**
 * Shares as people read them: "23.5%", "75–100%", "unknown", "≥ 50% (some shares unknown)".
 */
import type { ShareInterval, StatedShare } from "./share";

const SAME_VALUE_TOLERANCE = 1e-9;

/** A percentage with at most two decimals and no trailing zeros: 23.5, 37.5, 100, 0.25. */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 0.005) return "< 0.01%";
  const rounded = Math.round(percent * 100) / 100;
  return `${String(rounded)}%`;
}

function percentNumber(fraction: number): string {
  return formatPercent(fraction * 100).replace(/%$/, "");
}

/** A share interval (fractions) for display; see `ShareInterval` for what each part means. */
export function formatShare(share: ShareInterval): string {
  const isPoint = Math.abs(share.max - share.min) < SAME_VALUE_TOLERANCE;
  const boundedAbove = share.max < 1 - SAME_VALUE_TOLERANCE;
  let text: string;
  if (!share.hasUnknown) {
    text = isPoint
      ? formatPercent(share.min * 100)
      : `${percentNumber(share.min)}–${formatPercent(share.max * 100)}`;
  } else if (share.min <= 0) {
    text = boundedAbove ? `unknown (≤ ${formatPercent(share.max * 100)})` : "unknown";
  } else if (boundedAbove) {
    text = `${percentNumber(share.min)}–${formatPercent(share.max * 100)} (some shares unknown)`;
  } else {
    text = `≥ ${formatPercent(share.min * 100)} (some shares unknown)`;
  }
  return share.exceedsHundred ? `${text} (stated shares add up to more than 100%)` : text;
}

/** A share as one relationship states it. */
export function formatStatedShare(share: StatedShare): string {
  switch (share.kind) {
    case "exact":
      return formatPercent(share.percent);
    case "range":
      return `${String(Math.round(share.minPercent * 100) / 100)}–${formatPercent(share.maxPercent)}`;
    case "unknown":
      return "unknown";
  }
}
