/**
 * Dates at the precision a source gives them: "2003", "2003-05" or "2003-05-17" (a date and
 * time counts by its day). A partial date is a stretch of days, from its first to its last; days
 * are ISO strings "YYYY-MM-DD", which compare in calendar order as plain strings.
 */
import { isIsoDateTime, isPartialIsoDate } from "../model/value-checks";

export type DatePrecision = "year" | "month" | "day";

export interface PartialDate {
  /** As the source gives it, a date and time cut to its day: "2003", "2003-05", "2003-05-17". */
  text: string;
  precision: DatePrecision;
  /** The first day it may mean: "2003" → "2003-01-01". */
  firstDay: string;
  /** The last day it may mean: "2003" → "2003-12-31", "2004-02" → "2004-02-29". */
  lastDay: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written "YYYY-MM-DD" ("2019-02-30" is not one). */
export function isDay(text: string): boolean {
  return DAY.test(text) && isPartialIsoDate(text);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function dayText(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  const date = dateOf(day);
  date.setUTCDate(date.getUTCDate() + count);
  return dayText(date);
}

export function dayBefore(day: string): string {
  return addDays(day, -1);
}

export function dayAfter(day: string): string {
  return addDays(day, 1);
}

/** Today in UTC, as a day. */
export function todayUtc(now: Date = new Date()): string {
  return dayText(now);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A partial date or a date and time, read as its stretch of days; null when it is neither. */
export function parsePartialDate(text: string): PartialDate | null {
  const dateText = isIsoDateTime(text) ? text.slice(0, 10) : text;
  if (!isPartialIsoDate(dateText)) return null;
  const [yearText = "", monthText, dayText_] = dateText.split("-");
  const year = Number(yearText);
  if (monthText === undefined) {
    return {
      text: dateText,
      precision: "year",
      firstDay: `${yearText}-01-01`,
      lastDay: `${yearText}-12-31`,
    };
  }
  if (dayText_ === undefined) {
    const last = lastDayOfMonth(year, Number(monthText));
    return {
      text: dateText,
      precision: "month",
      firstDay: `${dateText}-01`,
      lastDay: `${dateText}-${pad(last, 2)}`,
    };
  }
  return { text: dateText, precision: "day", firstDay: dateText, lastDay: dateText };
}

/** The earliest of some days, or null when there are none. */
export function earliestDay(days: readonly string[]): string | null {
  let earliest: string | null = null;
  for (const day of days) if (earliest === null || day < earliest) earliest = day;
  return earliest;
}

/** The latest of some days, or null when there are none. */
export function latestDay(days: readonly string[]): string | null {
  let latest: string | null = null;
  for (const day of days) if (latest === null || day > latest) latest = day;
  return latest;
}
