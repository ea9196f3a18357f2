/**
 * One LEI-CDF record (GLEIF level 1) → a Company entity, the Source the record is, and the
 * citation of the entity's properties by that Source. The entity's local id is its LEI, so it
 * is `<dataset>:<LEI>` in the graph, and its identifiers hold `LEI:<LEI>` (and the registration
 * authority's number as `<RA code>:<number>`), the strong identifiers a join across datasets
 * uses.
 */
import { entityRow } from "../entity-row";
import type { ModelRows, RowProperties } from "../model-rows";
import { GLEIF_PUBLISHER, originOf, type GleifContext, type GleifPlace } from "./gleif-place";
import { checkedDate, registrationProperties } from "./gleif-registration";
import { attributeOf, itemText, itemsAt, nodeAt, textAt } from "./gleif-tree";
import { addressText, countryOfJurisdiction } from "./gleif-values";

/** The registration authority code GLEIF uses for "no authority available". */
const NO_REGISTRATION_AUTHORITY = "RA888888";
/** ELF codes that name no legal form: 8888 (not yet assigned), 9999 (other, see text). */
const NO_LEGAL_FORM_CODES = new Set(["8888", "9999"]);

export function leiIdentifier(lei: string): string {
  return `LEI:${lei}`;
}

function otherNames(record: unknown): { aliases: string[]; formerNames: string[] } {
  const aliases: string[] = [];
  const formerNames: string[] = [];
  const lists = [
    ["OtherEntityNames", "OtherEntityName"],
    ["TransliteratedOtherEntityNames", "TransliteratedOtherEntityName"],
  ] as const;
  for (const [list, item] of lists) {
    for (const entry of itemsAt(record, ["Entity", list], item)) {
      const name = itemText(entry, item);
      if (name === undefined) continue;
      const former = attributeOf(entry, "type") === "PREVIOUS_LEGAL_NAME";
      (former ? formerNames : aliases).push(name);
    }
  }
  return { aliases, formerNames };
}

function distinctOthers(names: readonly string[], taken: Set<string>): string[] {
  const kept: string[] = [];
  for (const name of names) {
    if (taken.has(name)) continue;
    taken.add(name);
    kept.push(name);
  }
  return kept;
}

function entityProperties(
  context: GleifContext,
  place: GleifPlace,
  lei: string,
  record: unknown,
): RowProperties {
  const properties: RowProperties = {};
  const name = textAt(record, "Entity", "LegalName");
  if (name !== undefined) properties["name"] = name;
  const taken = new Set(name === undefined ? [] : [name]);
  const { aliases, formerNames } = otherNames(record);
  const keptAliases = distinctOthers(aliases, taken);
  if (keptAliases.length > 0) properties["aliases"] = keptAliases;
  const keptFormer = distinctOthers(formerNames, taken);
  if (keptFormer.length > 0) properties["formerNames"] = keptFormer;

  const identifiers = [leiIdentifier(lei)];
  const authority = textAt(record, "Entity", "RegistrationAuthority", "RegistrationAuthorityID");
  const number = textAt(record, "Entity", "RegistrationAuthority", "RegistrationAuthorityEntityID");
  if (authority !== undefined && authority !== NO_REGISTRATION_AUTHORITY && number !== undefined) {
    identifiers.push(`${authority}:${number}`);
  }
  properties["identifiers"] = identifiers;

  const jurisdiction = countryOfJurisdiction(textAt(record, "Entity", "LegalJurisdiction"));
  if (jurisdiction !== undefined) properties["jurisdiction"] = jurisdiction;
  const address = addressText(nodeAt(record, "Entity"), "LegalAddress");
  if (address !== undefined) properties["address"] = address;
  const headquarters = addressText(nodeAt(record, "Entity"), "HeadquartersAddress");
  if (headquarters !== undefined) properties["headquartersAddress"] = headquarters;
  const founded = checkedDate(
    context,
    place,
    "EntityCreationDate",
    textAt(record, "Entity", "EntityCreationDate"),
  );
  if (founded !== undefined) properties["foundingDate"] = founded;
  const otherForm = textAt(record, "Entity", "LegalForm", "OtherLegalForm");
  const formCode = textAt(record, "Entity", "LegalForm", "EntityLegalFormCode");
  const legalForm =
    otherForm ??
    (formCode === undefined || NO_LEGAL_FORM_CODES.has(formCode) ? undefined : `ELF:${formCode}`);
  if (legalForm !== undefined) properties["legalForm"] = legalForm;
  const status = textAt(record, "Entity", "EntityStatus");
  if (status !== undefined) properties["status"] = status;
  return properties;
}

/** The rows of one LEI record whose LEI has been checked. */
export function leiRecordRows(
  context: GleifContext,
  place: GleifPlace,
  lei: string,
  record: unknown,
): ModelRows {
  const origin = originOf(place);
  const sourceId = context.scope(`lei-record:${lei}`);
  const source = {
    id: sourceId,
    properties: {
      caption: `GLEIF LEI record ${lei}`,
      publisher: GLEIF_PUBLISHER,
      kind: "registerStatement",
      locator: `${place.file}, ${place.at}`,
      ...registrationProperties(context, place, record),
    },
    origin,
  };
  const entityId = context.scope(lei);
  const properties = entityProperties(context, place, lei, record);
  const entity = entityRow(entityId, "Company", properties, `LEI ${lei}`, origin);
  const cited = Object.keys(properties);
  const citation = {
    id: `${sourceId}:cites:${entityId}`,
    entityId,
    sourceId,
    properties: {
      properties: cited,
      quote: `GLEIF LEI record of ${lei}`,
      quoteKind: "summary",
      firmness: "reported",
    },
    origin,
  };
  return { sources: [source], entities: [entity], relationships: [], citations: [citation] };
}
