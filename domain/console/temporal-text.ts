/**
 * Reads Neo4j's ISO-8601 text for temporal values (the text the console shows for dates, times
 * and durations) back into their parts, so a value copied from a result can be sent as a
 * parameter of the same type. Pure: the server turns the parts into the driver's types.
 */
import type { TemporalTypeName } from "../wire/graph-wire-types";

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
}

export type TemporalParts =
  | ({ type: "Date" } & DateParts)
  | ({ type: "LocalTime" } & TimeParts)
  | ({ type: "Time"; offsetSeconds: number } & TimeParts)
  | ({ type: "LocalDateTime" } & DateParts & TimeParts)
  | ({ type: "DateTime"; offsetSeconds: number | null; zoneId: string | null } & DateParts &
      TimeParts)
  | { type: "Duration"; months: number; days: number; seconds: number; nanoseconds: number };

/** The text does not read as the named type; the message says which form is expected. */
export class TemporalTextError extends Error {}

const FORMS: Record<TemporalTypeName, string> = {
  Date: "YYYY-MM-DD, e.g. 2024-05-31",
  LocalTime: "hh:mm[:ss[.fraction]], e.g. 13:45:00",
  Time: "hh:mm[:ss[.fraction]] with an offset, e.g. 13:45:00+08:00 or 05:45:00Z",
  LocalDateTime: "YYYY-MM-DDThh:mm[:ss[.fraction]], e.g. 2024-05-31T13:45:00",
  DateTime:
    "YYYY-MM-DDThh:mm[:ss[.fraction]] with an offset and/or a zone, e.g. 2024-05-31T13:45:00+08:00 or 2024-05-31T13:45:00[Asia/Hong_Kong]",
  Duration: "P[nY][nM][nW][nD][T[nH][nM][n[.fraction]S]], e.g. P1Y2M10DT2H30M",
};

const DATE = String.raw`([+-]?\d{4,9})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?`;
const OFFSET = String.raw`(Z|[+-]\d{2}(?::?\d{2})?)`;
const ZONE = String.raw`\[([A-Za-z][A-Za-z0-9_+\-/]*)\]`;

const PATTERNS = {
  Date: new RegExp(`^${DATE}$`),
  LocalTime: new RegExp(`^${TIME}$`),
  Time: new RegExp(`^${TIME}${OFFSET}$`),
  LocalDateTime: new RegExp(`^${DATE}T${TIME}$`),
  DateTime: new RegExp(`^${DATE}T${TIME}${OFFSET}?(?:${ZONE})?$`),
  Duration:
    /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+)(?:\.(\d{1,9}))?S)?)?$/,
};

function fail(type: TemporalTypeName, text: string, why?: string): never {
  const reason = why ? `${why}; ` : "";
  throw new TemporalTextError(`"${text}" is not a ${type}: ${reason}write it as ${FORMS[type]}.`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateParts(type: TemporalTypeName, text: string, groups: string[]): DateParts {
  const [year, month, day] = groups.map(Number) as [number, number, number];
  if (month < 1 || month > 12) fail(type, text, `month ${month} is not 1–12`);
  if (day < 1 || day > daysInMonth(year, month)) {
    fail(type, text, `day ${day} is not in ${year}-${String(month).padStart(2, "0")}`);
  }
  return { year, month, day };
}

function timeParts(
  type: TemporalTypeName,
  text: string,
  groups: (string | undefined)[],
): TimeParts {
  const [hour, minute, second] = groups.slice(0, 3).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  if (hour > 23) fail(type, text, `hour ${hour} is not 0–23`);
  if (minute > 59) fail(type, text, `minute ${minute} is not 0–59`);
  if (second > 59) fail(type, text, `second ${second} is not 0–59`);
  return { hour, minute, second, nanosecond: fraction(groups[3]) };
}

/** Digits after the decimal point as nanoseconds ("5" is 500,000,000). */
function fraction(digits: string | undefined): number {
  return digits ? Number(digits.padEnd(9, "0")) : 0;
}

function offsetSeconds(type: TemporalTypeName, text: string, offset: string): number {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (hours > 18 || minutes > 59) fail(type, text, `offset ${offset} is out of range`);
  return sign * (hours * 3600 + minutes * 60);
}

export function parseTemporalText(type: TemporalTypeName, text: string): TemporalParts {
  const match = PATTERNS[type].exec(text.trim());
  if (!match) fail(type, text);
  const groups = match.slice(1);
  switch (type) {
    case "Date":
      return { type, ...dateParts(type, text, groups as string[]) };
    case "LocalTime":
      return { type, ...timeParts(type, text, groups) };
    case "Time":
      return {
        type,
        ...timeParts(type, text, groups),
        offsetSeconds: offsetSeconds(type, text, groups[4] as string),
      };
    case "LocalDateTime":
      return {
        type,
        ...dateParts(type, text, groups.slice(0, 3) as string[]),
        ...timeParts(type, text, groups.slice(3)),
      };
    case "DateTime": {
      const [offset, zone] = [groups[7], groups[8]];
      if (offset === undefined && zone === undefined) {
        fail(type, text, "it has no offset or zone (that is a LocalDateTime)");
      }
      return {
        type,
        ...dateParts(type, text, groups.slice(0, 3) as string[]),
        ...timeParts(type, text, groups.slice(3, 7)),
        offsetSeconds: offset === undefined ? null : offsetSeconds(type, text, offset),
        zoneId: zone ?? null,
      };
    }
    case "Duration": {
      const [years, months, weeks, days, hours, minutes, seconds] = groups
        .slice(0, 7)
        .map((part) => Number(part ?? 0)) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      if (groups.slice(0, 7).every((part) => part === undefined)) {
        fail(type, text, "it names no amount");
      }
      const negativeSeconds = (groups[6] ?? "").startsWith("-");
      const nanoseconds = fraction(groups[7]) * (negativeSeconds ? -1 : 1);
      return {
        type,
        months: years * 12 + months,
        days: weeks * 7 + days,
        seconds: hours * 3600 + minutes * 60 + seconds,
        nanoseconds,
      };
    }
  }
}
