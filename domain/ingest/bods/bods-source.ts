/**
 * Every BODS statement is a Source: the document a claim cites, located by its statement id.
 * It keeps what the statement says about where it came from (BODS `source`: type, description,
 * url, retrievedAt, assertedBy), its publisher, its date and record status (the record's
 * history), its annotations, and our summary of what it states.
 */
import type { RowProperties, SourceRow } from "../model-rows";
import { isObject, textOf, type BodsStatement, type JsonObject } from "./bods-statement";
import { dateValue, setTexts, setValue, type StatementPlace } from "./bods-values";

export function statementSourceLocalId(statementId: string): string {
  return `statement:${statementId}`;
}

function names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (isObject(item) ? (textOf(item["name"]) ?? []) : []));
}

function annotationText(annotation: unknown): string | null {
  if (!isObject(annotation)) return null;
  const description = textOf(annotation["description"]);
  const motivation = textOf(annotation["motivation"]) ?? "note";
  const by = isObject(annotation["createdBy"]) ? textOf(annotation["createdBy"]["name"]) : null;
  const pointer = textOf(annotation["statementPointerTarget"]);
  const about = [by === null ? null : `by ${by}`, pointer === null ? null : `at ${pointer}`]
    .filter((part) => part !== null)
    .join(", ");
  if (description === null && about === "") return null;
  return `${motivation}: ${description ?? "(no description)"}${about === "" ? "" : ` (${about})`}`;
}

export function publisherOf(statement: BodsStatement): string | null {
  const publisher = statement.publicationDetails?.["publisher"];
  return isObject(publisher) ? (textOf(publisher["name"]) ?? textOf(publisher["url"])) : null;
}

function sourceFields(properties: RowProperties, source: JsonObject, place: StatementPlace): void {
  const types = source["type"];
  setTexts(
    properties,
    "sourceTypes",
    Array.isArray(types) ? types.flatMap((t) => textOf(t) ?? []) : [],
  );
  const description = textOf(source["description"]);
  if (description !== null) properties["title"] = description;
  const url = textOf(source["url"]);
  if (url !== null) properties["url"] = url;
  setValue(properties, "retrievedAt", dateValue(source["retrievedAt"]), place);
  setTexts(properties, "assertedBy", names(source["assertedBy"]));
}

/** The statement as a Source; `summary` says what it states, in our words. */
export function statementSourceRow(
  statement: BodsStatement,
  sourceId: string,
  summary: string,
  place: StatementPlace,
): SourceRow {
  const properties: RowProperties = {
    id: sourceId,
    caption: `BODS ${statement.version} statement ${statement.statementId}`,
    kind: "registerStatement",
    locator: statement.statementId,
    note: summary,
  };
  const publisher = publisherOf(statement);
  if (publisher !== null) properties["publisher"] = publisher;
  setValue(properties, "date", dateValue(statement.statementDate), place);
  if (statement.recordStatus !== null) {
    setValue(properties, "recordStatus", statement.recordStatus, place);
  }
  if (statement.source !== null) sourceFields(properties, statement.source, place);
  setTexts(
    properties,
    "annotations",
    statement.annotations.flatMap((a) => annotationText(a) ?? []),
  );
  return { id: sourceId, properties, origin: place.origin };
}
