/**
 * The owners-over-time strip as plain geometry: one row per owner or controller, and for each
 * version of its link the stretches when it surely held (solid) and when it may have held (an
 * imprecise or undated start, an imprecise end: pale). Positions are fractions of the axis,
 * which runs from the earliest day any version gives to today. Blank stretches are times no
 * source covers.
 */
import type { TimelinePeriod } from "../../../domain/wire/explorer-api-types";

export interface TimelineSegment {
  /** 0 … 1 along the axis. */
  start: number;
  end: number;
  sure: boolean;
}

export interface TimelineBar {
  edgeKey: string;
  share: string | null;
  type: string;
  segments: TimelineSegment[];
  /** Words for a tooltip: "from 2002-03-09 until 2021-09-23" with the unsure stretches named. */
  description: string;
}

export interface TimelineRow {
  holderKey: string;
  bars: TimelineBar[];
}

export interface TimelineLayout {
  first: string;
  last: string;
  rows: TimelineRow[];
  /** Years to mark on the axis, with their place. */
  ticks: { year: number; at: number }[];
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** Where a day falls on the axis (0 … 1), or null when it is off it. */
export function placeOf(
  layout: Pick<TimelineLayout, "first" | "last">,
  day: string,
): number | null {
  const first = dayNumber(layout.first);
  const at = (dayNumber(day) - first) / Math.max(dayNumber(layout.last) - first, 1);
  return at >= 0 && at <= 1 ? at : null;
}

/** The day at a place on the axis (for a click that sets the explorer's day). */
export function dayAt(layout: Pick<TimelineLayout, "first" | "last">, at: number): string {
  const first = dayNumber(layout.first);
  const span = dayNumber(layout.last) - first;
  const day = new Date((first + Math.round(Math.min(Math.max(at, 0), 1) * span)) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function describe(period: TimelinePeriod): string {
  const { heldFrom, heldSurelyFrom, heldSurelyUntil, heldUntil } = period.span;
  const start =
    heldSurelyFrom === undefined
      ? "no source dates it"
      : heldFrom === heldSurelyFrom
        ? `from ${heldSurelyFrom}`
        : `surely from ${heldSurelyFrom}${heldFrom === undefined ? " (start not dated)" : `, maybe from ${heldFrom}`}`;
  const end =
    heldUntil === undefined && heldSurelyUntil === undefined
      ? "still held as far as the data says"
      : heldSurelyUntil === heldUntil
        ? `until ${heldUntil ?? ""}`
        : `surely until ${heldSurelyUntil ?? "—"}, maybe until ${heldUntil ?? "later"}`;
  return `${start}; ${end}`;
}

export function timelineLayout(periods: readonly TimelinePeriod[], today: string): TimelineLayout {
  const known = periods.flatMap((period) =>
    [period.span.heldFrom, period.span.heldSurelyFrom].filter(
      (day): day is string => day !== undefined,
    ),
  );
  const earliest = known.reduce((min, day) => (day < min ? day : min), today);
  // A little room before the first day, so a start at the axis's edge reads as a start.
  const first = new Date((dayNumber(earliest) - 180) * 86_400_000).toISOString().slice(0, 10);
  const origin = dayNumber(first);
  const length = Math.max(dayNumber(today) - origin, 1);
  const at = (day: string | undefined, fallback: number) =>
    day === undefined ? fallback : Math.min(Math.max((dayNumber(day) - origin) / length, 0), 1);

  const rows = new Map<string, TimelineRow>();
  for (const period of periods) {
    const { heldFrom, heldSurelyFrom, heldSurelyUntil, heldUntil } = period.span;
    const segments: TimelineSegment[] = [];
    const mayStart = at(heldFrom, 0);
    const sureStart = at(heldSurelyFrom, 1);
    const sureEnd = heldSurelyFrom === undefined ? sureStart : at(heldSurelyUntil ?? heldUntil, 1);
    const mayEnd = at(heldUntil, 1);
    if (sureStart > mayStart) segments.push({ start: mayStart, end: sureStart, sure: false });
    if (sureEnd > sureStart) segments.push({ start: sureStart, end: sureEnd, sure: true });
    if (mayEnd > Math.max(sureEnd, sureStart)) {
      segments.push({ start: Math.max(sureEnd, sureStart), end: mayEnd, sure: false });
    }
    const row = rows.get(period.holderKey) ?? { holderKey: period.holderKey, bars: [] };
    row.bars.push({
      edgeKey: period.edgeKey,
      share: period.share,
      type: period.type,
      segments,
      description: describe(period),
    });
    rows.set(period.holderKey, row);
  }

  const ticks: { year: number; at: number }[] = [];
  const firstYear = Number(first.slice(0, 4)) + 1;
  const lastYear = Number(today.slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear; year <= lastYear; year += step) {
    ticks.push({ year, at: at(`${String(year).padStart(4, "0")}-01-01`, 0) });
  }
  return { first, last: today, rows: [...rows.values()], ticks };
}
