/**
 * One FollowTheMoney entity as an FtM JSON Lines file holds it (OpenSanctions and Aleph exports):
 * `{id, schema, properties: {name: [values]}, caption?, datasets?, referents?, first_seen?,
 * last_seen?, last_change?, target?}`. Every property value is a list of strings.
 */

export interface FtmRecord {
  id: string;
  schema: string;
  properties: Readonly<Record<string, readonly string[]>>;
  caption?: string;
  /** The publisher's datasets the entity comes from (OpenSanctions `us_ofac_sdn`, …). */
  datasets?: readonly string[];
  /** Ids of the publisher's records merged into this entity. */
  referents?: readonly string[];
  firstSeen?: string;
  lastSeen?: string;
  lastChange?: string;
  /** Top-level fields the mapping does not read (`target`, and any other), for the report. */
  otherFields: readonly string[];
}

const READ_FIELDS = new Set([
  "id",
  "schema",
  "properties",
  "caption",
  "datasets",
  "referents",
  "first_seen",
  "last_seen",
  "last_change",
]);

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** True when a value has the shape of an FtM entity (for telling the format apart). */
export function looksLikeFtmEntity(value: unknown): boolean {
  return (
    isRecordObject(value) &&
    typeof value["schema"] === "string" &&
    isRecordObject(value["properties"])
  );
}

/** The record, or the reason the value is not an FtM entity (worded to follow "the line "). */
export function readFtmRecord(value: unknown): FtmRecord | string {
  if (!isRecordObject(value))
    return "is not a JSON object; FtM JSON Lines holds one entity object per line";
  const { id, schema, properties } = value;
  if (typeof id !== "string" || id.trim() === "") return 'has no "id" (a non-empty string)';
  if (typeof schema !== "string" || schema.trim() === "")
    return `(entity "${id}") has no "schema" (such as "Company" or "Ownership")`;
  if (!isRecordObject(properties)) return `(entity "${id}") has no "properties" object`;
  const checked: Record<string, readonly string[]> = {};
  for (const [key, values] of Object.entries(properties)) {
    const list = stringList(values);
    if (list === null)
      return `(entity "${id}") has property "${key}" that is not a list of strings (FtM writes ["value"])`;
    checked[key] = list;
  }
  const record: FtmRecord = {
    id: id.trim(),
    schema: schema.trim(),
    properties: checked,
    otherFields: Object.keys(value).filter((key) => !READ_FIELDS.has(key)),
  };
  const caption = optionalString(value["caption"]);
  if (caption !== undefined) record.caption = caption;
  const datasets = stringList(value["datasets"]);
  if (datasets !== null && datasets.length > 0) record.datasets = datasets;
  const referents = stringList(value["referents"]);
  if (referents !== null && referents.length > 0) record.referents = referents;
  const firstSeen = optionalString(value["first_seen"]);
  if (firstSeen !== undefined) record.firstSeen = firstSeen;
  const lastSeen = optionalString(value["last_seen"]);
  if (lastSeen !== undefined) record.lastSeen = lastSeen;
  const lastChange = optionalString(value["last_change"]);
  if (lastChange !== undefined) record.lastChange = lastChange;
  return record;
}
