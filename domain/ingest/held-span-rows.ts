/**
 * The writer's side of time (docs/model.md, "Time"): every relationship row gets the four days
 * of its held span, computed by relationshipValidity from its dates, its type and the dates of
 * the Sources it cites (`sourceIds`).
 */
import { relationshipValidity } from "../time";
import type { RelationshipRow, SourceRow } from "./model-rows";

/** The dates of the sources seen so far, by id (only sources that have a `date`). */
export class SourceDates {
  private readonly dates = new Map<string, string>();

  add(sources: readonly SourceRow[]): void {
    for (const source of sources) {
      const date = source.properties["date"];
      if (typeof date === "string") this.dates.set(source.id, date);
    }
  }

  has(id: string): boolean {
    return this.dates.has(id);
  }

  of(ids: readonly string[]): string[] {
    return ids.flatMap((id) => {
      const date = this.dates.get(id);
      return date === undefined ? [] : [date];
    });
  }
}

function citedSourceIds(row: RelationshipRow): string[] {
  const ids = row.properties["sourceIds"];
  return Array.isArray(ids) ? ids : [];
}

/** The row with its held span among its properties (absent days stay absent). */
export function withHeldSpan(row: RelationshipRow, sourceDates: SourceDates): RelationshipRow {
  const span = relationshipValidity({
    type: row.type,
    properties: row.properties,
    sourceDates: sourceDates.of(citedSourceIds(row)),
  });
  return { ...row, properties: { ...row.properties, ...span } };
}
