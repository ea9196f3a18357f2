/**
 * One RR-CDF record (GLEIF level 2) → one relationship from the holder (the parent) to the
 * other node, and the Source the record is. The relationship period's dates become
 * `startDate`/`endDate`, its status `status`; accounting periods, quantifiers (a consolidation
 * percentage) and qualifiers go into the description in words, as the record gives them.
 */
import type { RelationshipRow, RowProperties, SourceRow } from "../model-rows";
import { GLEIF_PUBLISHER, originOf, type GleifContext, type GleifPlace } from "./gleif-place";
import { checkedDate, registrationProperties } from "./gleif-registration";
import type { GleifRelationshipMapping } from "./gleif-relationship-types";
import { itemsAt, textAt } from "./gleif-tree";

export interface GleifRelationshipEnds {
  start: string;
  end: string;
  type: string;
}

const PERIODS = ["Relationship", "RelationshipPeriods"] as const;

function periodWords(context: GleifContext, place: GleifPlace, record: unknown): string[] {
  const words: string[] = [];
  for (const period of itemsAt(record, PERIODS, "RelationshipPeriod")) {
    const kind = textAt(period, "PeriodType");
    if (kind === "RELATIONSHIP_PERIOD") continue;
    const from = checkedDate(context, place, "StartDate", textAt(period, "StartDate"));
    const to = checkedDate(context, place, "EndDate", textAt(period, "EndDate"));
    if (from === undefined && to === undefined) continue;
    const label = (kind ?? "period").toLowerCase().replaceAll("_", " ");
    words.push(`${label} ${from ?? "?"} to ${to ?? "(open)"}`);
  }
  return words;
}

function quantifierWords(record: unknown): string[] {
  return itemsAt(record, ["Relationship", "RelationshipQuantifiers"], "RelationshipQuantifier")
    .map((quantifier) =>
      [
        textAt(quantifier, "MeasurementMethod"),
        textAt(quantifier, "QuantifierAmount"),
        textAt(quantifier, "QuantifierUnits"),
      ]
        .filter((part) => part !== undefined)
        .join(" "),
    )
    .filter((words) => words !== "");
}

function qualifierWords(record: unknown): string[] {
  return itemsAt(record, ["Relationship", "RelationshipQualifiers"], "RelationshipQualifier")
    .map((qualifier) =>
      [textAt(qualifier, "QualifierDimension"), textAt(qualifier, "QualifierCategory")]
        .filter((part) => part !== undefined)
        .join(" "),
    )
    .filter((words) => words !== "");
}

function relationshipPeriod(
  context: GleifContext,
  place: GleifPlace,
  record: unknown,
): RowProperties {
  const properties: RowProperties = {};
  const period = itemsAt(record, PERIODS, "RelationshipPeriod").find(
    (item) => textAt(item, "PeriodType") === "RELATIONSHIP_PERIOD",
  );
  const start = checkedDate(context, place, "StartDate", textAt(period, "StartDate"));
  if (start !== undefined) properties["startDate"] = start;
  const end = checkedDate(context, place, "EndDate", textAt(period, "EndDate"));
  if (end !== undefined) properties["endDate"] = end;
  return properties;
}

export function relationshipRecordRows(
  context: GleifContext,
  place: GleifPlace,
  ends: GleifRelationshipEnds,
  mapping: GleifRelationshipMapping,
  record: unknown,
): { source: SourceRow; relationship: RelationshipRow } {
  const origin = originOf(place);
  const recordKey = `${ends.start} ${ends.type} ${ends.end}`;
  const sourceId = context.scope(`rr-record:${ends.start}:${ends.type}:${ends.end}`);
  const source: SourceRow = {
    id: sourceId,
    properties: {
      caption: `GLEIF relationship record ${recordKey}`,
      publisher: GLEIF_PUBLISHER,
      kind: "registerStatement",
      locator: `${place.file}, ${place.at}`,
      ...registrationProperties(context, place, record),
    },
    origin,
  };
  const details = [
    ...quantifierWords(record).map((words) => `quantifier: ${words}`),
    ...qualifierWords(record).map((words) => `qualifier: ${words}`),
    ...periodWords(context, place, record),
  ];
  const properties: RowProperties = {
    ...mapping.properties,
    ...relationshipPeriod(context, place, record),
    sourceIds: [sourceId],
    quotes: [`GLEIF RR-CDF: ${ends.start} ${mapping.words} ${ends.end}`],
    quoteKinds: ["summary"],
    firmness: "reported",
  };
  const status = textAt(record, "Relationship", "RelationshipStatus");
  if (status !== undefined) properties["status"] = status;
  if (details.length > 0) properties["description"] = `GLEIF ${ends.type}; ${details.join("; ")}`;
  const [holder, held] =
    mapping.holder === "EndNode" ? [ends.end, ends.start] : [ends.start, ends.end];
  const relationship: RelationshipRow = {
    id: context.scope(`rr:${ends.start}:${ends.type}:${ends.end}`),
    type: mapping.type,
    from: context.scope(holder),
    to: context.scope(held),
    properties,
    origin,
  };
  return { source, relationship };
}
