/**
 * One BODS statement as the model's rows, once a first read has indexed every statement
 * (bods-record-index.ts):
 * - every statement is a Source (bods-source.ts), so a record's earlier statements stay as its
 *   history, each with its date, record status and what it said;
 * - the latest statement of an entity or person record is the entity; each statement of the
 *   record cites it (SOURCED_FROM), the latest for the properties it gives;
 * - the latest statement of a relationship record gives one relationship per interest, citing
 *   every statement of the record, oldest first, and carrying `recordStatus` and `asOfDate`
 *   (the statement date); a closed record stays, with its status and end dates.
 */
import { RELATIONSHIP_TYPE_REGISTRY, UNCITED_ENTITY_PROPERTIES } from "../../model";
import type { CitationRow, EntityRow, ModelRows, RelationshipRow } from "../model-rows";
import { emptyRows } from "../import-format";
import { mapInterest, type MappedInterest } from "./bods-interest";
import { partyRow, unspecifiedPartyRow } from "./bods-parties";
import { relationshipLocalId, type BodsRecordIndex } from "./bods-record-index";
import { statementSourceLocalId, statementSourceRow } from "./bods-source";
import type { BodsStatement } from "./bods-statement";
import { dateValue, setValue, type StatementPlace } from "./bods-values";

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

function relationshipRow(
  statement: BodsStatement,
  interest: MappedInterest,
  interestIndex: number,
  ends: { from: string; to: string },
  context: BodsMappingContext,
  place: StatementPlace,
): RelationshipRow {
  const recordId = context.index.recordOf(statement.statementId);
  const id = context.scope(relationshipLocalId(recordId, interestIndex));
  const history = context.index.history(recordId);
  const properties: RelationshipRow["properties"] = { id, ...interest.properties };
  const components = componentIds(statement, context);
  if (
    components.length > 0 &&
    "componentIds" in RELATIONSHIP_TYPE_REGISTRY[interest.type].properties
  ) {
    properties["componentIds"] = components;
  }
  setValue(properties, "asOfDate", dateValue(statement.statementDate), place);
  if (statement.recordStatus !== null) {
    setValue(properties, "recordStatus", statement.recordStatus, place);
  }
  properties["firmness"] = "reported";
  properties["sourceIds"] = history.map((statementId) =>
    context.scope(statementSourceLocalId(statementId)),
  );
  properties["quotes"] = history.map((statementId) =>
    statementId === statement.statementId
      ? `BODS ${interest.summary}`
      : "earlier BODS statement of the same record (what it said is in the source's note)",
  );
  properties["quoteKinds"] = history.map(() => "summary");
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
  if (!context.index.isLatest(statement.statementId)) return rows;
  if (statement.subject === null) {
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
  } else {
    from = context.scope(`${recordId}#interested-party`);
    rows.entities.push(unspecifiedPartyRow(party, from, place.origin));
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
