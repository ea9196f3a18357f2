/**
 * The one computation of when a relationship held (docs/model.md, "Time"): from its own dates
 * (`startDate`, `endDate`, `asOfDate`, `recordStatus`), its type's registry entry (whether an
 * undated start is its first evidence) and the dates of the Sources it cites.
 */
import { isRelationshipType, RELATIONSHIP_TYPE_REGISTRY } from "../model/relationship-types";
import type { HeldSpan } from "./held-span";
import {
  dayAfter,
  dayBefore,
  earliestDay,
  latestDay,
  parsePartialDate,
  type PartialDate,
} from "./partial-date";

export interface ValidityInput {
  /** The relationship type (`OWNS`, `LISTS`, …); a type outside the model has an unknown start. */
  type: string;
  /** Its properties; only `startDate`, `endDate`, `asOfDate` and `recordStatus` are read. */
  properties: Readonly<Record<string, unknown>>;
  /** The `date` of each Source it cites (partial dates and dates and times; others are ignored). */
  sourceDates: readonly unknown[];
}

function partialDateOf(value: unknown): PartialDate | null {
  return typeof value === "string" ? parsePartialDate(value) : null;
}

function partialDates(values: readonly unknown[]): PartialDate[] {
  return values.map(partialDateOf).filter((date): date is PartialDate => date !== null);
}

/** The first day a source says it held: a partial date's last day, to be sure. */
function evidenceDays(dates: readonly PartialDate[]): string[] {
  return dates.map((date) => date.lastDay);
}

function undatedStartIsFirstEvidence(type: string): boolean {
  return (
    isRelationshipType(type) && RELATIONSHIP_TYPE_REGISTRY[type].undatedStart === "firstStated"
  );
}

interface Ends {
  heldSurelyUntil?: string;
  heldUntil?: string;
}

/**
 * A closed record with no end date ended before the statement that closed it (the latest cited
 * source): it surely held until the last evidence before that, and may have held until the day
 * before it.
 */
function closedWithoutEndDate(
  sources: readonly PartialDate[],
  asOfDate: PartialDate | null,
): {
  ends: Ends;
  evidence: PartialDate[];
} {
  const closing = latestDay(sources.map((date) => date.firstDay));
  const all = asOfDate === null ? [...sources] : [asOfDate, ...sources];
  if (closing === null) return { ends: {}, evidence: all };
  const evidence = all.filter((date) => date.lastDay < closing);
  const lastEvidence = latestDay(evidenceDays(evidence));
  return {
    ends: {
      heldUntil: dayBefore(closing),
      ...(lastEvidence === null ? {} : { heldSurelyUntil: lastEvidence }),
    },
    evidence,
  };
}

function endsOf(endDate: PartialDate): Ends {
  return {
    heldUntil: endDate.lastDay,
    heldSurelyUntil: endDate.precision === "day" ? endDate.lastDay : dayBefore(endDate.firstDay),
  };
}

/** The four days of a relationship (see HeldSpan); absent ones are left out. */
export function relationshipValidity(input: ValidityInput): HeldSpan {
  const { properties } = input;
  const startDate = partialDateOf(properties.startDate);
  const endDate = partialDateOf(properties.endDate);
  const asOfDate = partialDateOf(properties.asOfDate);
  const sources = partialDates(input.sourceDates);

  let ends: Ends = {};
  let evidence: PartialDate[] = asOfDate === null ? [...sources] : [asOfDate, ...sources];
  if (endDate !== null) ends = endsOf(endDate);
  else if (properties.recordStatus === "closed") {
    ({ ends, evidence } = closedWithoutEndDate(sources, asOfDate));
  }

  const span: HeldSpan = {};
  if (startDate !== null) {
    span.heldFrom = startDate.firstDay;
    span.heldSurelyFrom =
      startDate.precision === "day" ? startDate.firstDay : dayAfter(startDate.lastDay);
  } else {
    const firstEvidence = earliestDay(evidenceDays(evidence));
    if (firstEvidence !== null) {
      span.heldSurelyFrom = firstEvidence;
      if (undatedStartIsFirstEvidence(input.type)) {
        span.heldFrom = earliestDay(evidence.map((date) => date.firstDay)) ?? firstEvidence;
      }
    }
  }
  if (ends.heldSurelyUntil !== undefined) span.heldSurelyUntil = ends.heldSurelyUntil;
  if (ends.heldUntil !== undefined) span.heldUntil = ends.heldUntil;
  return span;
}
