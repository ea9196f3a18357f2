/**
 * An FtM entity of a schema the model reads as an entity type (Company, Person, …) mapped to its
 * EntityRow and the citation of its properties by the record's Source. Names: the `name` FtM
 * gives as the caption (else the first) is the name and the others aliases; `alias` and `weakAlias` are aliases, `previousName` former
 * names, the first `abbreviation` the short name. Identifiers are written `SCHEME:value`
 * (ftm-identifier-schemes.ts).
 */
import { ENTITY_TYPE_REGISTRY, type EntityType } from "../../model";
import { entityRow } from "../entity-row";
import type { CitationRow, EntityRow, RowProperties } from "../model-rows";
import { ftmIdentifier, isFtmIdentifierProperty } from "./ftm-identifier-schemes";
import type { FtmRecordReader, ValueCheck } from "./ftm-record-reader";
import { ftmCountry, ftmDate } from "./ftm-values";

const COUNTRY: ValueCheck<string> = { read: ftmCountry, code: "unknown-country", hard: false };
const DATE: ValueCheck<string> = { read: ftmDate, code: "bad-date", hard: true };

/** The FtM property that holds the name, where it is not `name` (an Address's `full`). */
const NAME_PROPERTY: Partial<Record<EntityType, string>> = { Place: "full" };
/** The FtM property read as `jurisdiction`, where it is not `jurisdiction`. */
const JURISDICTION_PROPERTY: Partial<Record<EntityType, string>> = { Place: "country" };

/** FtM properties read as a model property when the entity type declares it. */
const DATE_PROPERTIES: Readonly<Record<string, string>> = { incorporationDate: "foundingDate" };

export interface FtmEntityMapping {
  entity: EntityRow;
  citation: CitationRow;
}

function uniqueWithout(values: readonly string[], taken: ReadonlySet<string>): string[] {
  return [...new Set(values)].filter((value) => !taken.has(value));
}

function names(reader: FtmRecordReader, type: EntityType, properties: RowProperties): void {
  const given = reader.texts(NAME_PROPERTY[type] ?? "name");
  // FtM's caption is the publisher's pick among the names: it goes first when it is one of them.
  const caption = reader.record.caption;
  const ordered =
    caption !== undefined && given.includes(caption)
      ? [caption, ...given.filter((n) => n !== caption)]
      : given;
  const [name, ...otherNames] = ordered;
  const [shortName, ...otherShort] = reader.texts("abbreviation");
  if (name !== undefined) properties["name"] = name;
  if (shortName !== undefined) properties["shortName"] = shortName;
  const taken = new Set([name, shortName].filter((value): value is string => value !== undefined));
  const aliases = uniqueWithout(
    [...otherNames, ...otherShort, ...reader.texts("alias"), ...reader.texts("weakAlias")],
    taken,
  );
  if (aliases.length > 0) properties["aliases"] = aliases;
  const former = uniqueWithout(reader.texts("previousName"), taken);
  if (former.length > 0) properties["formerNames"] = former;
}

export function ftmEntityRows(
  reader: FtmRecordReader,
  type: EntityType,
  ids: { entity: string; source: string; citation: string },
): FtmEntityMapping {
  const declared = ENTITY_TYPE_REGISTRY[type].properties;
  const properties: RowProperties = {};
  names(reader, type, properties);
  const jurisdiction = reader.first(JURISDICTION_PROPERTY[type] ?? "jurisdiction", COUNTRY);
  if (jurisdiction !== undefined) properties["jurisdiction"] = jurisdiction;
  const address = reader.first("address", { read: (value) => ({ value }), code: "", hard: false });
  if (address !== undefined) properties["address"] = address;
  for (const [ftm, model] of Object.entries(DATE_PROPERTIES)) {
    if (declared[model] === undefined) continue;
    const date = reader.first(ftm, DATE);
    if (date !== undefined) properties[model] = date;
  }
  const identifiers = Object.keys(reader.record.properties)
    .filter(isFtmIdentifierProperty)
    .flatMap((property) =>
      reader.texts(property).map((value) => ftmIdentifier(property, value, jurisdiction)),
    )
    .filter((value): value is string => value !== null);
  if (identifiers.length > 0) properties["identifiers"] = [...new Set(identifiers)];
  const cited = Object.keys(properties);
  if (reader.record.caption !== undefined) properties["caption"] = reader.record.caption;
  const fallback = `${reader.record.schema} ${reader.record.id} (no name given)`;
  const citation: CitationRow = {
    id: ids.citation,
    entityId: ids.entity,
    sourceId: ids.source,
    properties: {
      id: ids.citation,
      ...(cited.length > 0 ? { properties: cited } : {}),
      quote: `FtM ${reader.record.schema} ${reader.record.id}`,
      quoteKind: "summary",
      firmness: "reported",
    },
    origin: reader.origin,
  };
  return { entity: entityRow(ids.entity, type, properties, fallback, reader.origin), citation };
}
