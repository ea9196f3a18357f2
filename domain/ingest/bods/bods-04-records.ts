/**
 * BODS 0.4 records (entity, person and relationship statements) mapped to the model's rows
 * through the registry's BODS codes (domain/model): the entity type from `entityType.type` or
 * `personType`, the relationship type from each interest's `type`. A relationship record with
 * several interests becomes one relationship per interest; the first keeps the record id, so
 * `componentRecords` (which name record ids) still find it. Statements become Sources, cited by
 * statement id. A first step of the BODS importer (issue 13 brings streaming, history, unknown
 * parties and the rest); here it is what the ownership tests read the BODS examples with.
 */
import {
  CONTROL_TYPES,
  ENTITY_TYPES,
  ENTITY_TYPE_REGISTRY,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_REGISTRY,
  type EntityType,
  type RelationshipType,
} from "../../model";
import type {
  EntityRow,
  ModelRows,
  RelationshipRow,
  RowProperties,
  SourceRow,
} from "../model-rows";

export interface BodsInterest {
  type: string;
  directOrIndirect?: string;
  share?: { exact?: number; minimum?: number; maximum?: number };
}

export interface BodsRecord {
  statementId: string;
  recordId: string;
  recordType: "entity" | "person" | "relationship";
  statementDate?: string;
  recordDetails: {
    name?: string;
    entityType?: { type: string };
    personType?: string;
    names?: { fullName?: string }[];
    subject?: string;
    interestedParty?: string | { reason: string };
    interests?: BodsInterest[];
    componentRecords?: string[];
  };
}

function entityTypeOf(record: BodsRecord): EntityType {
  const code =
    record.recordType === "person"
      ? (record.recordDetails.personType ?? "knownPerson")
      : record.recordDetails.entityType?.type;
  const found = ENTITY_TYPES.find((type) => {
    const bods = ENTITY_TYPE_REGISTRY[type].bods;
    return (
      bods?.recordType === record.recordType && code !== undefined && bods.types.includes(code)
    );
  });
  return found ?? (record.recordType === "person" ? "Person" : "Company");
}

/** The model's type for a BODS interest; an interest no entry names counts as control. */
function relationshipTypeOf(interest: BodsInterest): RelationshipType {
  return (
    RELATIONSHIP_TYPES.find((type) =>
      RELATIONSHIP_TYPE_REGISTRY[type].bodsInterests.includes(interest.type),
    ) ?? "CONTROLS"
  );
}

function nameOf(record: BodsRecord): string | null {
  return record.recordDetails.name ?? record.recordDetails.names?.[0]?.fullName ?? null;
}

function sourceId(record: BodsRecord): string {
  return `bods-statement-${record.statementId}`;
}

function sourceRow(record: BodsRecord): SourceRow {
  const properties: RowProperties = {
    id: sourceId(record),
    caption: `BODS statement ${record.statementId}`,
    kind: "registerStatement",
  };
  if (record.statementDate) properties["date"] = record.statementDate;
  return { id: sourceId(record), properties };
}

function entityRow(record: BodsRecord): EntityRow {
  const name = nameOf(record);
  const properties: RowProperties = { id: record.recordId, caption: name ?? record.recordId };
  if (name !== null) properties["name"] = name;
  return { id: record.recordId, type: entityTypeOf(record), properties };
}

function interestProperties(record: BodsRecord, interest: BodsInterest): RowProperties {
  const type = relationshipTypeOf(interest);
  const properties: RowProperties = {
    directOrIndirect: interest.directOrIndirect ?? "unknown",
    componentIds: record.recordDetails.componentRecords ?? [],
    firmness: "reported",
    sourceIds: [sourceId(record)],
    quotes: [`interest ${interest.type}`],
    quoteKinds: ["summary"],
  };
  if (type === "OWNS") {
    properties["interestType"] = interest.type;
    const { exact, minimum, maximum } = interest.share ?? {};
    if (exact !== undefined) properties["shareExact"] = exact;
    if (minimum !== undefined) properties["shareMin"] = minimum;
    if (maximum !== undefined) properties["shareMax"] = maximum;
  } else if (type === "CONTROLS") {
    properties["controlType"] = (CONTROL_TYPES as readonly string[]).includes(interest.type)
      ? interest.type
      : "otherInfluenceOrControl";
  } else {
    properties["role"] = interest.type;
  }
  return properties;
}

function relationshipRows(record: BodsRecord): RelationshipRow[] {
  const { subject, interestedParty, interests = [] } = record.recordDetails;
  if (typeof subject !== "string" || typeof interestedParty !== "string") return [];
  return interests.map((interest, index) => {
    const id = index === 0 ? record.recordId : `${record.recordId}-${String(index)}`;
    return {
      id,
      type: relationshipTypeOf(interest),
      from: interestedParty,
      to: subject,
      properties: { id, ...interestProperties(record, interest) },
    };
  });
}

export function bodsRecordsToModel(records: readonly BodsRecord[]): ModelRows {
  return {
    sources: records.map(sourceRow),
    entities: records.filter((record) => record.recordType !== "relationship").map(entityRow),
    relationships: records.flatMap(relationshipRows),
    citations: [],
  };
}
