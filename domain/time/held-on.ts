/**
 * Whether a relationship held on a given day, read from its four days (see HeldSpan): `held`,
 * `notHeld`, or `mayHaveHeld` with the reason in plain words. One function for the server and
 * the app, so both say the same.
 */
import type { HeldSpan } from "./held-span";
import { dayAfter, dayBefore, parsePartialDate } from "./partial-date";

export type HeldState = "held" | "mayHaveHeld" | "notHeld";

export interface HeldOnDay {
  state: HeldState;
  /** Why it may or may not have held (only for `mayHaveHeld`). */
  reason?: string;
}

/**
 * The partial date whose days run exactly from `first` to `last` ("2003" for 2003-01-01 …
 * 2003-12-31, "2021-04" for a whole April), else null.
 */
function wholeYearOrMonth(first: string, last: string): string | null {
  const year = first.slice(0, 4);
  if (first === `${year}-01-01` && last === `${year}-12-31`) return year;
  const month = parsePartialDate(first.slice(0, 7));
  return month !== null && first === month.firstDay && last === month.lastDay ? month.text : null;
}

function startReason(span: HeldSpan): string {
  if (span.heldSurelyFrom === undefined) return "no source dates it";
  if (span.heldFrom === undefined) {
    return `no source dates its start; first stated on ${span.heldSurelyFrom}`;
  }
  const lastUnsure = dayBefore(span.heldSurelyFrom);
  const given = wholeYearOrMonth(span.heldFrom, lastUnsure);
  return given === null
    ? `its start lies between ${span.heldFrom} and ${lastUnsure}`
    : `its start is given only as ${given}`;
}

function endReason(surelyUntil: string, until: string | undefined): string {
  if (until === undefined) return `it is last known to have held on ${surelyUntil}`;
  const given = wholeYearOrMonth(dayAfter(surelyUntil), until);
  return given === null
    ? `it is last known to have held on ${surelyUntil} and ended by ${until}`
    : `its end is given only as ${given}`;
}

/** The state of a relationship with this span on `day` ("YYYY-MM-DD"). */
export function heldOn(span: HeldSpan, day: string): HeldOnDay {
  if (span.heldFrom !== undefined && day < span.heldFrom) return { state: "notHeld" };
  if (span.heldUntil !== undefined && day > span.heldUntil) return { state: "notHeld" };
  if (span.heldSurelyFrom === undefined || day < span.heldSurelyFrom) {
    return { state: "mayHaveHeld", reason: startReason(span) };
  }
  if (span.heldSurelyUntil !== undefined && day > span.heldSurelyUntil) {
    return { state: "mayHaveHeld", reason: endReason(span.heldSurelyUntil, span.heldUntil) };
  }
  return { state: "held" };
}
