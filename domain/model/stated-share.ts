/**
 * The share a relationship states, read from its `shareExact` / `shareMin` / `shareMax`
 * properties as one value (exact, range or unknown), and the one wording of shares that every
 * panel, picture, report and export uses.
 */
import type { Properties, PropertyValue } from "../wire/graph-wire-types";
import { OwnershipInputError } from "../ownership/ownership-errors";
import { chainRoleOf } from "./relationship-types";
import {
  UNKNOWN_STATED_SHARE,
  exactShare,
  rangeShare,
  type ShareInterval,
  type StatedShare,
} from "../ownership/share";

export type { StatedShare, ShareInterval };

function shareNumber(properties: Properties, name: string): number | null {
  const value: PropertyValue | undefined = properties[name];
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return value;
  if (typeof value === "object" && !Array.isArray(value) && value["$type"] === "Integer") {
    const text = value["value"];
    if (typeof text === "string" && Number.isFinite(Number(text))) return Number(text);
  }
  throw new OwnershipInputError(
    `${name} = ${JSON.stringify(value)}; it must be a number from 0 to 100 or null. ` +
      `Correct the import that wrote it.`,
  );
}

/**
 * The share stated by a relationship's properties. A range with one end missing is open to 0 or
 * 100 (BODS allows a minimum alone). Throws OwnershipInputError on a value that is not a share.
 */
export function statedShare(properties: Properties): StatedShare {
  const exact = shareNumber(properties, "shareExact");
  const min = shareNumber(properties, "shareMin");
  const max = shareNumber(properties, "shareMax");
  if (exact !== null) {
    if ((min !== null && exact < min) || (max !== null && exact > max)) {
      throw new OwnershipInputError(
        `shareExact ${String(exact)} lies outside shareMin–shareMax ` +
          `${String(min ?? 0)}–${String(max ?? 100)}; keep one consistent statement.`,
      );
    }
    return exactShare(exact);
  }
  if (min === null && max === null) return UNKNOWN_STATED_SHARE;
  return rangeShare(min ?? 0, max ?? 100);
}

/** A percentage with at most two decimals and no trailing zeros: 23.5%, 37.5%, 100%, 0.25%. */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 0.005) return "< 0.01%";
  return `${percentNumber(percent)}%`;
}

function percentNumber(percent: number): string {
  return String(Math.round(percent * 100) / 100);
}

const SAME_VALUE_TOLERANCE = 1e-9;

/** A range in percent: "25–50%", "at least 25%" (up to 100), "at most 10%" (from 0). */
function rangeText(minPercent: number, maxPercent: number): string {
  if (Math.abs(maxPercent - minPercent) < SAME_VALUE_TOLERANCE * 100) {
    return formatPercent(minPercent);
  }
  if (maxPercent >= 100 - SAME_VALUE_TOLERANCE) return `at least ${formatPercent(minPercent)}`;
  if (minPercent <= SAME_VALUE_TOLERANCE) return `at most ${formatPercent(maxPercent)}`;
  return `${percentNumber(minPercent)}–${formatPercent(maxPercent)}`;
}

function isStatedShare(share: StatedShare | ShareInterval): share is StatedShare {
  return "kind" in share;
}

function intervalText(share: ShareInterval): string {
  let text: string;
  if (!share.hasUnknown) {
    text = rangeText(share.min * 100, share.max * 100);
  } else if (share.min <= 0) {
    text =
      share.max < 1 - SAME_VALUE_TOLERANCE
        ? `unknown (at most ${formatPercent(share.max * 100)})`
        : "unknown";
  } else {
    text = `${rangeText(share.min * 100, share.max * 100)} (some shares unknown)`;
  }
  return share.exceedsHundred ? `${text} (stated shares add up to more than 100%)` : text;
}

/**
 * A share as people read it, whether one relationship states it or the chain arithmetic
 * computed it: "51%", "25–50%", "at least 25%", "unknown", "at least 50% (some shares unknown)".
 */
export function formatShare(share: StatedShare | ShareInterval): string {
  if (!isStatedShare(share)) return intervalText(share);
  switch (share.kind) {
    case "exact":
      return formatPercent(share.percent);
    case "range":
      return rangeText(share.minPercent, share.maxPercent);
    case "unknown":
      return "unknown";
  }
}

/** The stated share, or null when the properties hold something that is not a share. */
export function readableShare(properties: Properties): StatedShare | null {
  try {
    return statedShare(properties);
  } catch (error) {
    if (error instanceof OwnershipInputError) return null;
    throw error;
  }
}

/**
 * The stated share of a relationship in words, or "unreadable: …" when its properties do not
 * hold a share (for display only: the arithmetic refuses such data outright).
 */
export function statedShareText(properties: Properties): string {
  try {
    return formatShare(statedShare(properties));
  } catch (error) {
    if (error instanceof OwnershipInputError) return `unreadable: ${error.message}`;
    throw error;
  }
}

/** The share as one number for drawing (a range's midpoint), or null when unknown or unreadable. */
export function drawnSharePercent(properties: Properties): number | null {
  const share = readableShare(properties);
  if (share?.kind === "exact") return share.percent;
  if (share?.kind === "range") return (share.minPercent + share.maxPercent) / 2;
  return null;
}

/** The stated share in words for a type counted in effective ownership (OWNS), else null. */
export function shareTextOf(type: string, properties: Properties): string | null {
  return chainRoleOf(type) === "ownership" ? statedShareText(properties) : null;
}
