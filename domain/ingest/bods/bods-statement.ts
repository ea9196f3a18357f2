/**
 * One BODS statement in a shape common to the versions Ownergraph reads, so that one mapping
 * serves them all:
 * - BODS 0.4: `statementId`, `recordId`, `recordType`, `recordStatus`, `recordDetails`;
 * - BODS 0.3: `statementID`, `statementType` (entityStatement, personStatement,
 *   ownershipOrControlStatement), links as `subject.describedByEntityStatement` and
 *   `interestedParty.describedBy…Statement` or `.unspecified`, `replacesStatements`;
 * - the 0.1/0.2-era Open Ownership register records: as 0.3, with hyphenated interest types and
 *   `interestLevel` where 0.3 has `directOrIndirect`.
 * The version is told per statement, so one file may mix them.
 */

export type BodsVersion = "0.4" | "0.3" | "0.2";
export type BodsRecordType = "entity" | "person" | "relationship";
export type JsonObject = Record<string, unknown>;

/** An interested party the statement does not identify: `{reason, description}`. */
export interface UnspecifiedParty {
  reason: string | null;
  description: string | null;
}

export interface BodsStatement {
  version: BodsVersion;
  statementId: string;
  /** 0.4: the record id. Before 0.4 a statement is its own record (see replaces). */
  recordId: string;
  recordType: BodsRecordType;
  /** 0.4 `recordStatus`, as given (checked by the model); null before 0.4. */
  recordStatus: unknown;
  statementDate: unknown;
  /** 0.3 `replacesStatements`: earlier statements this one supersedes. */
  replaces: string[];
  /** The entity's or person's fields (0.4 `recordDetails`; the statement itself before). */
  details: JsonObject;
  /** Relationship ends: record ids (0.4) or statement ids (before 0.4). */
  subject: string | null;
  interestedParty: string | UnspecifiedParty | null;
  interests: unknown[];
  /** 0.4 `componentRecords`, 0.3 `componentStatementIDs`. */
  components: string[];
  source: JsonObject | null;
  publicationDetails: JsonObject | null;
  annotations: unknown[];
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function textOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((item) => textOf(item) ?? []) : [];
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function objectOrNull(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

function unspecified(value: JsonObject): UnspecifiedParty {
  return { reason: textOf(value["reason"]), description: textOf(value["description"]) };
}

const STATEMENT_TYPES: Record<string, BodsRecordType> = {
  entityStatement: "entity",
  personStatement: "person",
  ownershipOrControlStatement: "relationship",
};

function fromV04(raw: JsonObject, statementId: string): BodsStatement | string {
  const recordId = textOf(raw["recordId"]);
  const recordType = raw["recordType"];
  if (recordId === null) return "it has no recordId";
  if (recordType !== "entity" && recordType !== "person" && recordType !== "relationship") {
    return `its recordType is ${JSON.stringify(recordType)}, not entity, person or relationship`;
  }
  const details = objectOrNull(raw["recordDetails"]) ?? {};
  const party = details["interestedParty"];
  return {
    version: "0.4",
    statementId,
    recordId,
    recordType,
    recordStatus: raw["recordStatus"] ?? null,
    statementDate: raw["statementDate"] ?? null,
    replaces: [],
    details,
    subject: textOf(details["subject"]),
    interestedParty: isObject(party) ? unspecified(party) : textOf(party),
    interests: listOf(details["interests"]),
    components: texts(details["componentRecords"]),
    source: objectOrNull(raw["source"]),
    publicationDetails: objectOrNull(raw["publicationDetails"]),
    annotations: listOf(raw["annotations"]),
  };
}

function linkedParty(value: unknown): string | UnspecifiedParty | null {
  if (!isObject(value)) return null;
  const described =
    textOf(value["describedByPersonStatement"]) ?? textOf(value["describedByEntityStatement"]);
  if (described !== null) return described;
  return isObject(value["unspecified"]) ? unspecified(value["unspecified"]) : null;
}

/** 0.3 says its version in publicationDetails; the register's older records say nothing. */
function versionBefore04(raw: JsonObject): BodsVersion {
  const details = objectOrNull(raw["publicationDetails"]);
  const version = textOf(details?.["bodsVersion"]);
  return version !== null && version.startsWith("0.3") ? "0.3" : "0.2";
}

function fromV03(raw: JsonObject, statementId: string): BodsStatement | string {
  const recordType = STATEMENT_TYPES[String(raw["statementType"])];
  if (recordType === undefined) {
    return `its statementType is ${JSON.stringify(raw["statementType"])}, not entityStatement, personStatement or ownershipOrControlStatement`;
  }
  const subject = objectOrNull(raw["subject"]);
  return {
    version: versionBefore04(raw),
    statementId,
    recordId: statementId,
    recordType,
    recordStatus: null,
    statementDate: raw["statementDate"] ?? null,
    replaces: texts(raw["replacesStatements"]),
    details: raw,
    subject: textOf(subject?.["describedByEntityStatement"]),
    interestedParty: linkedParty(raw["interestedParty"]),
    interests: listOf(raw["interests"]),
    components: texts(raw["componentStatementIDs"]),
    source: objectOrNull(raw["source"]),
    publicationDetails: objectOrNull(raw["publicationDetails"]),
    annotations: listOf(raw["annotations"]),
  };
}

/** The statement in the common shape, or why it is not a BODS statement. */
export function readBodsStatement(raw: unknown): BodsStatement | string {
  if (!isObject(raw)) return "it is not a JSON object";
  const id04 = textOf(raw["statementId"]);
  if (id04 !== null && ("recordType" in raw || "recordDetails" in raw)) return fromV04(raw, id04);
  const id03 = textOf(raw["statementID"]);
  if (id03 !== null) return fromV03(raw, id03);
  if (id04 !== null) return fromV04(raw, id04);
  return "it has no statementId (BODS 0.4) or statementID (BODS 0.3 and earlier)";
}

/** A statement's id when it has one, for messages about a statement that could not be read. */
export function statementIdOf(raw: unknown): string | null {
  if (!isObject(raw)) return null;
  return textOf(raw["statementId"]) ?? textOf(raw["statementID"]);
}
