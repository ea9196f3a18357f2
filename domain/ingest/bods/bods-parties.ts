/**
 * BODS entity and person statements as the model's entities: the type from the registry's BODS
 * codes (`entityType.type`, `personType`), names, identifiers as `SCHEME:id`, jurisdiction,
 * founding and birth dates, nationalities, the first address. Anonymous and unknown persons and
 * entities, and interested parties given only as `{reason, description}`, stay in the graph as
 * visibly unknown parties ("Unknown person (reason: …)"), never dropped.
 */
import { ENTITY_TYPES, ENTITY_TYPE_REGISTRY, type EntityType } from "../../model";
import { entityRow } from "../entity-row";
import type { EntityRow, RowOrigin, RowProperties } from "../model-rows";
import {
  isObject,
  textOf,
  type BodsStatement,
  type JsonObject,
  type UnspecifiedParty,
} from "./bods-statement";
import { dateValue, setTexts, setValue, type StatementPlace } from "./bods-values";

function typeCode(statement: BodsStatement): string | null {
  const { details } = statement;
  if (statement.recordType === "person") return textOf(details["personType"]) ?? "knownPerson";
  const given = details["entityType"];
  return isObject(given) ? textOf(given["type"]) : textOf(given);
}

function entityTypeOf(statement: BodsStatement, code: string | null): EntityType {
  const found = ENTITY_TYPES.find((type) => {
    const bods = ENTITY_TYPE_REGISTRY[type].bods;
    return bods?.recordType === statement.recordType && code !== null && bods.types.includes(code);
  });
  return found ?? (statement.recordType === "person" ? "Person" : "Company");
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** `SCHEME:id` (the scheme name when no code is given), each once. */
export function identifiersOf(details: JsonObject): string[] {
  return objects(details["identifiers"]).flatMap((identifier) => {
    const id = textOf(identifier["id"]);
    const scheme = textOf(identifier["scheme"]) ?? textOf(identifier["schemeName"]);
    return id === null ? [] : [scheme === null ? id : `${scheme}:${id}`];
  });
}

function namesOf(statement: BodsStatement): string[] {
  const { details } = statement;
  if (statement.recordType === "person") {
    const names = objects(details["names"]);
    const ranked = [
      ...names.filter((name) => name["type"] === "legal" || name["type"] === "individual"),
      ...names,
    ];
    return ranked.flatMap((name) => textOf(name["fullName"]) ?? []);
  }
  const alternates = Array.isArray(details["alternateNames"]) ? details["alternateNames"] : [];
  return [textOf(details["name"]), ...alternates.map(textOf)].flatMap((name) => name ?? []);
}

function unknownCaption(kind: string, party: UnspecifiedParty | null): string {
  const reason = party?.reason ?? "none given";
  const description = party?.description === null || party === null ? "" : `: ${party.description}`;
  return `${kind} (reason: ${reason}${description})`;
}

function unspecifiedDetails(details: JsonObject, key: string): UnspecifiedParty | null {
  const given = details[key];
  return isObject(given)
    ? { reason: textOf(given["reason"]), description: textOf(given["description"]) }
    : null;
}

const UNKNOWN_KINDS: Record<string, [string, string]> = {
  anonymousPerson: ["Anonymous person", "unspecifiedPersonDetails"],
  unknownPerson: ["Unknown person", "unspecifiedPersonDetails"],
  anonymousEntity: ["Anonymous entity", "unspecifiedEntityDetails"],
  unknownEntity: ["Unknown entity", "unspecifiedEntityDetails"],
};

function fallbackCaption(statement: BodsStatement, code: string | null): string {
  const unknown = code === null ? undefined : UNKNOWN_KINDS[code];
  if (unknown !== undefined) {
    return unknownCaption(unknown[0], unspecifiedDetails(statement.details, unknown[1]));
  }
  return `Unnamed ${statement.recordType} (BODS record ${statement.recordId})`;
}

/** An ISO 3166-2 code ("US-DE") gives its country as the jurisdiction and keeps the whole code. */
function setJurisdiction(properties: RowProperties, code: unknown, place: StatementPlace): void {
  const subdivision = typeof code === "string" ? /^([A-Z]{2})-[A-Z0-9]{1,3}$/.exec(code) : null;
  if (subdivision?.[1] === undefined) {
    setValue(properties, "jurisdiction", code, place);
    return;
  }
  properties["jurisdiction"] = subdivision[1];
  properties["jurisdictionSubdivision"] = subdivision[0];
}

/** The properties an entity or person statement gives, in the model's terms. */
function partyProperties(statement: BodsStatement, type: EntityType, place: StatementPlace) {
  const { details } = statement;
  const properties: RowProperties = {};
  const [name, ...aliases] = [...new Set(namesOf(statement))];
  if (name !== undefined) properties["name"] = name;
  setTexts(properties, "aliases", aliases);
  setTexts(properties, "identifiers", identifiersOf(details));
  const jurisdiction = details["jurisdiction"] ?? details["incorporatedInJurisdiction"];
  if (isObject(jurisdiction)) setJurisdiction(properties, jurisdiction["code"], place);
  const address = objects(details["addresses"])
    .map((item) => textOf(item["address"]))
    .find((text) => text !== null);
  if (address !== undefined && address !== null) properties["address"] = address;
  const entry = ENTITY_TYPE_REGISTRY[type].properties;
  if ("foundingDate" in entry) {
    setValue(properties, "foundingDate", dateValue(details["foundingDate"]), place);
  }
  if (type === "Person") {
    setValue(properties, "birthDate", dateValue(details["birthDate"]), place);
    const nationalities = objects(details["nationalities"]).flatMap(
      (nation) => textOf(nation["code"]) ?? textOf(nation["name"]) ?? [],
    );
    setTexts(properties, "nationalities", nationalities);
  }
  if (statement.recordStatus !== null) {
    setValue(properties, "recordStatus", statement.recordStatus, place);
  }
  return properties;
}

/** The entity an entity or person statement describes. */
export function partyRow(
  statement: BodsStatement,
  entityId: string,
  place: StatementPlace,
): EntityRow {
  const code = typeCode(statement);
  const type = entityTypeOf(statement, code);
  const properties = partyProperties(statement, type, place);
  return entityRow(entityId, type, properties, fallbackCaption(statement, code), place.origin);
}

/**
 * The party of an interest a statement does not identify: a Person-typed entity (the one type
 * every relationship may start from) captioned "Unknown person or entity (reason: …)".
 */
export function unspecifiedPartyRow(
  party: UnspecifiedParty | null,
  entityId: string,
  origin: RowOrigin,
): EntityRow {
  return entityRow(
    entityId,
    "Person",
    {},
    unknownCaption("Unknown person or entity", party),
    origin,
  );
}
