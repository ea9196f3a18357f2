/**
 * A BODS relationship record's history as versions (docs/model.md, "Importing BODS" and "Time"):
 * each statement of the record is its own version, holding from its start until the day before
 * the next one's start. A version's start is its interests' start when given and later than the
 * previous version's, else its statement date (a statement that restates an old start says
 * nothing new before its own date). A `closed` statement that restates the version before it
 * (no later start) closes that version instead of starting one: it carries that version, from
 * its start, citing both statements, and ends it (with its end date, or, without one, somewhere
 * between the restated statement's date and the closing one; see domain/time/validity.ts).
 */
import { dayBefore, parsePartialDate } from "../../time";

/** What the first read keeps of each statement of a relationship record. */
export interface StatementTimes {
  statementId: string;
  /** The statement's day ("" when it gives none). */
  day: string;
  /** The latest `startDate` among its interests, as given; null when none gives one. */
  interestStart: string | null;
  closed: boolean;
}

export interface RelationshipVersion {
  /** False when the closing statement after it carries this version (nothing to write). */
  written: boolean;
  /** The statements the version cites, oldest first. */
  statementIds: string[];
  /** The version's start, over its interests' own; null: keep the interests' own. */
  startDate: string | null;
  /** The day before the next version's start; null: keep the interests' own end. */
  endDate: string | null;
  /** The date of the last statement that says it held, when not the statement's own. */
  asOfDate: string | null;
}

function firstDay(date: string | null): string | null {
  return date === null ? null : (parsePartialDate(date)?.firstDay ?? null);
}

interface Start {
  date: string | null;
  /** True when the statement's interests give a later start (not its statement date). */
  given: boolean;
}

function startsOf(history: readonly StatementTimes[]): Start[] {
  const starts: Start[] = [];
  history.forEach((statement, index) => {
    const previous = starts[index - 1];
    if (previous === undefined) {
      starts.push({ date: statement.interestStart, given: true });
      return;
    }
    const own = firstDay(statement.interestStart);
    const before = firstDay(previous.date);
    const later = own !== null && (before === null || own > before);
    starts.push(
      later
        ? { date: statement.interestStart, given: true }
        : { date: statement.day === "" ? null : statement.day, given: false },
    );
  });
  return starts;
}

/** The versions of a record's statements (oldest first), by statement id. */
export function relationshipVersions(
  history: readonly StatementTimes[],
): Map<string, RelationshipVersion> {
  const starts = startsOf(history);
  const closes = (index: number): boolean => {
    const statement = history[index];
    return index > 0 && statement !== undefined && statement.closed && !starts[index]?.given;
  };
  const versions = new Map<string, RelationshipVersion>();
  history.forEach((statement, index) => {
    const restated = closes(index) ? history[index - 1] : undefined;
    const startIndex = restated === undefined ? index : index - 1;
    const nextStart = firstDay(starts[index + 1]?.date ?? null);
    versions.set(statement.statementId, {
      written: !closes(index + 1),
      statementIds:
        restated === undefined
          ? [statement.statementId]
          : [restated.statementId, statement.statementId],
      startDate: startIndex === 0 ? null : (starts[startIndex]?.date ?? null),
      endDate: nextStart === null ? null : dayBefore(nextStart),
      asOfDate: restated === undefined || restated.day === "" ? null : restated.day,
    });
  });
  return versions;
}
