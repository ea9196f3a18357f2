/**
 * One BODS statement as the model's rows, once a first read has indexed every statement
 * (bods-record-index.ts):
 * - every statement is a Source (bods-source.ts), so a record's earlier statements stay as its
 *   history, each with its date, record status and what it said;
 * - the latest statement of an entity or person record is the entity; each statement of the
 *   record cites it (SOURCED_FROM), the latest for the properties it gives;
 * - every statement of a relationship record is a version of it (bods-versions.ts): one
 *   relationship per interest, with the version's period, citing its statement, and carrying
 *   `recordStatus` and `asOfDate` (the statement date). The latest version keeps the record's
 *   ids; an earlier one adds `@<statement id>`. A closed record stays, with its status and end.
 */
import { RELATIONSHIP_TYPE_REGISTRY, UNCITED_ENTITY_PROPERTIES } from "../../model";
import { parsePartialDate } from "../../time";
import type { CitationRow, EntityRow, ModelRows, RelationshipRow } from "../model-rows";
import { emptyRows } from "../import-format";
import { mapInterest, type MappedInterest } from "./bods-interest";
import { partyRow, unspecifiedPartyRow } from "./bods-parties";
import { relationshipLocalId, type BodsRecordIndex } from "./bods-record-index";
import { statementSourceLocalId, statementSourceRow } from "./bods-source";
import type { BodsStatement } from "./bods-statement";
import { dateValue, setValue, type StatementPlace } from "./bods-values";
import type { RelationshipVersion } from "./bods-versions";

export interface BodsMappingContext {
  scope(localId: string): string;
  index: BodsRecordIndex;
}

const COMPUTED = new Set(["id", "names", "searchText"]);

function citedKeys(row: EntityRow): string[] {
  return Object.keys(row.properties).filter(
    (key) => !COMPUTED.has(key) && !UNCITED_ENTITY_PROPERTIES.has(key),
  );
}

function citationRow(
  statement: BodsStatement,
  entityId: string,
  sourceId: string,
  quote: string,
  cited: string[],
  place: StatementPlace,
  scope: (localId: string) => string,
): CitationRow {
  const properties: CitationRow["properties"] = {
    quote,
    quoteKind: "summary",
    firmness: "reported",
  };
  if (cited.length > 0) properties["properties"] = cited;
  return {
    id: scope(`citation:${statement.statementId}`),
    entityId,
    sourceId,
    properties,
    origin: place.origin,
  };
}

function partyRows(
  statement: BodsStatement,
  context: BodsMappingContext,
  place: StatementPlace,
): ModelRows {
  const rows = emptyRows();
  const sourceId = context.scope(statementSourceLocalId(statement.statementId));
  const entityId = context.scope(context.index.recordOf(statement.statementId));
  const entity = partyRow(statement, entityId, place);
  const summary = `${statement.recordType} statement: ${String(entity.properties["caption"])}`;
  rows.sources.push(statementSourceRow(statement, sourceId, summary, place));
  if (context.index.isLatest(statement.statementId)) {
    rows.entities.push(entity);
    rows.citations.push(
      citationRow(statement, entityId, sourceId, summary, citedKeys(entity), place, context.scope),
    );
  } else {
    const quote = `earlier statement of the record: ${summary}`;
    rows.citations.push(
      citationRow(statement, entityId, sourceId, quote, [], place, context.scope),
    );
  }
  return rows;
}

function componentIds(statement: BodsStatement, context: BodsMappingContext): string[] {
  const ids = statement.components.flatMap((reference) =>
    context.index.relationshipIds(context.index.recordNamedBy(reference, statement)),
  );
  return [...new Set(ids)].map((id) => context.scope(id));
}

/** The version's period over the interest's own dates; an own end that comes first stays. */
function setPeriod(properties: RelationshipRow["properties"], version: RelationshipVersion): void {
  if (version.startDate !== null) properties["startDate"] = version.startDate;
  if (version.endDate === null) return;
  const own = properties["endDate"];
  const ownLastDay = typeof own === "string" ? parsePartialDate(own)?.lastDay : undefined;
  if (ownLastDay === undefined || ownLastDay > version.endDate) {
    properties["endDate"] = version.endDate;
  }
}

function relationshipRow(
  statement: BodsStatement,
  interest: MappedInterest,
  interestIndex: number,
  ends: { from: string; to: string },
  context: BodsMappingContext,
  place: StatementPlace,
): RelationshipRow {
  const recordId = context.index.recordOf(statement.statementId);
  const localId = relationshipLocalId(recordId, interestIndex);
  const latest = context.index.isLatest(statement.statementId);
  const id = context.scope(latest ? localId : `${localId}@${statement.statementId}`);
  const version = context.index.versionOf(statement.statementId);
  const properties: RelationshipRow["properties"] = { id, ...interest.properties };
  setPeriod(properties, version);
  const components = componentIds(statement, context);
  if (
    components.length > 0 &&
    "componentIds" in RELATIONSHIP_TYPE_REGISTRY[interest.type].properties
  ) {
    properties["componentIds"] = components;
  }
  setValue(properties, "asOfDate", version.asOfDate ?? dateValue(statement.statementDate), place);
  if (statement.recordStatus !== null) {
    setValue(properties, "recordStatus", statement.recordStatus, place);
  }
  properties["firmness"] = "reported";
  properties["sourceIds"] = version.statementIds.map((statementId) =>
    context.scope(statementSourceLocalId(statementId)),
  );
  properties["quotes"] = version.statementIds.map((statementId) =>
    statementId === statement.statementId
      ? `BODS ${interest.summary}`
      : "earlier BODS statement of the same record, restated by the one that closes it (what it said is in the source's note)",
  );
  properties["quoteKinds"] = version.statementIds.map(() => "summary");
  return { id, type: interest.type, ...ends, properties, origin: place.origin };
}

function relationshipRows(
  statement: BodsStatement,
  context: BodsMappingContext,
  place: StatementPlace,
): ModelRows {
  const rows = emptyRows();
  const sourceId = context.scope(statementSourceLocalId(statement.statementId));
  const interests = statement.interests.length === 0 ? [null] : statement.interests;
  const mapped = interests.map((interest) => mapInterest(interest, place));
  const party = statement.interestedParty;
  const partyText =
    typeof party === "string" ? `interested party ${party}` : "an unspecified party";
  const summary = `${partyText} in ${statement.subject ?? "(no subject)"}: ${mapped.map((m) => m.summary).join("; ")}`;
  rows.sources.push(statementSourceRow(statement, sourceId, summary, place));
  const latest = context.index.isLatest(statement.statementId);
  if (!context.index.versionOf(statement.statementId).written) return rows;
  if (statement.subject === null) {
    // An earlier statement without a subject stays a source; the latest one is an error.
    if (!latest) return rows;
    place.problems.error({
      ...place.origin,
      code: "missing-subject",
      message: "The relationship statement names no subject (the entity the interest is in).",
      fix: "Give the subject's record id (BODS 0.4 `subject`, 0.3 `subject.describedByEntityStatement`).",
    });
    return rows;
  }
  const recordId = context.index.recordOf(statement.statementId);
  let from: string;
  if (typeof party === "string") {
    from = context.scope(context.index.recordNamedBy(party, statement));
  } else if (latest || !context.index.latestPartyIsUnspecified(recordId)) {
    const own = latest ? "" : `@${statement.statementId}`;
    from = context.scope(`${recordId}#interested-party${own}`);
    rows.entities.push(unspecifiedPartyRow(party, from, place.origin));
  } else {
    // The latest statement's unspecified party (written with it) stands for this one too.
    from = context.scope(`${recordId}#interested-party`);
  }
  const to = context.scope(context.index.recordNamedBy(statement.subject, statement));
  mapped.forEach((interest, index) => {
    rows.relationships.push(
      relationshipRow(statement, interest, index, { from, to }, context, place),
    );
  });
  return rows;
}

export function bodsStatementRows(
  statement: BodsStatement,
  context: BodsMappingContext,
  place: StatementPlace,
): ModelRows {
  return statement.recordType === "relationship"
    ? relationshipRows(statement, context, place)
    : partyRows(statement, context, place);
}
