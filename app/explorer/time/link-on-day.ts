/**
 * Whether a link is drawn on the view's day, and how: the view's `asOf` day, or for the latest
 * (null) today, when everything not ended counts as held (the latest graph marks nothing as
 * "may have held"; only a chosen past day does).
 */
import type { Properties } from "../../../domain/wire/graph-wire-types";
import { heldOn, heldSpanOf, todayUtc, type HeldOnDay } from "../../../domain/time";
import { IDENTITY_RELATIONSHIP_TYPES } from "../../../domain/model";

export function linkOnDay(properties: Properties, asOf: string | null, type = ""): HeldOnDay {
  // Joined records (SAME_AS) are one entity on every day; a join holds no dates of its own.
  if ((IDENTITY_RELATIONSHIP_TYPES as readonly string[]).includes(type)) return { state: "held" };
  const span = heldSpanOf(properties);
  if (asOf !== null) return heldOn(span, asOf);
  const today = heldOn(span, todayUtc());
  return today.state === "notHeld" ? today : { state: "held" };
}

/** What the panel says of a link on a chosen day, or null when there is nothing to say. */
export function linkOnDayText(onDay: HeldOnDay, asOf: string | null): string | null {
  if (asOf === null) return null;
  if (onDay.state === "mayHaveHeld") return `May have held on ${asOf}: ${onDay.reason ?? ""}.`;
  if (onDay.state === "notHeld") return `Did not hold on ${asOf}.`;
  return null;
}
