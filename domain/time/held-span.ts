/**
 * When a relationship held, as four days (ISO "YYYY-MM-DD"; an absent one is unbounded):
 * `heldFrom` ≤ `heldSurelyFrom` … `heldSurelyUntil` ≤ `heldUntil`. Before `heldFrom` and after
 * `heldUntil` it did not hold; between the two "surely" days it held; in the stretches between
 * (an imprecise start or end, a start no source dates) it may have held. Stored on every
 * relationship under these names, internal properties that exports leave out.
 */
export interface HeldSpan {
  /** The first day it may have held; absent: no known first day. */
  heldFrom?: string;
  /** The first day it surely held; absent: nothing dates it. */
  heldSurelyFrom?: string;
  /** The last day it surely held; absent: open (or nothing says how long it surely held). */
  heldSurelyUntil?: string;
  /** The last day it may have held; absent: open. */
  heldUntil?: string;
}

export const HELD_SPAN_PROPERTIES = [
  "heldFrom",
  "heldSurelyFrom",
  "heldSurelyUntil",
  "heldUntil",
] as const satisfies readonly (keyof HeldSpan)[];

/** The span stored on a relationship's properties (wire or database); non-strings are ignored. */
export function heldSpanOf(properties: Readonly<Record<string, unknown>>): HeldSpan {
  const span: HeldSpan = {};
  for (const name of HELD_SPAN_PROPERTIES) {
    const value = properties[name];
    if (typeof value === "string") span[name] = value;
  }
  return span;
}
