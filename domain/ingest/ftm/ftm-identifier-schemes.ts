/**
 * The FtM properties that hold identifiers, and the scheme each is written with in an entity's
 * `identifiers` (`SCHEME:value`, docs/model.md). The one place these scheme names are defined
 * for FollowTheMoney input.
 */

/** Identifiers that need no jurisdiction to be read. */
export const FTM_IDENTIFIER_SCHEMES: Readonly<Record<string, string>> = {
  leiCode: "LEI",
  wikidataId: "QID",
  permId: "PERMID",
  isinCode: "ISIN",
  swiftBic: "BIC",
  dunsCode: "DUNS",
  icijId: "ICIJ",
  uniqueEntityId: "US-UEI",
  npiCode: "US-NPI",
  innCode: "RU-INN",
  ogrnCode: "RU-OGRN",
  kppCode: "RU-KPP",
  okpoCode: "RU-OKPO",
  bikCode: "RU-BIK",
  imoNumber: "IMO",
};

/**
 * National numbers: the scheme is `<JURISDICTION>-REG` / `-TAX` / `-VAT` when the entity names
 * its jurisdiction (`RU-REG:1027700000000`), and the bare suffix when it does not (`REG:…`).
 */
export const FTM_NATIONAL_IDENTIFIER_SCHEMES: Readonly<Record<string, string>> = {
  registrationNumber: "REG",
  taxNumber: "TAX",
  vatCode: "VAT",
};

/** `SCHEME:value` for an identifier property, or null when the property holds none. */
export function ftmIdentifier(
  property: string,
  value: string,
  jurisdiction: string | undefined,
): string | null {
  const scheme = FTM_IDENTIFIER_SCHEMES[property];
  if (scheme !== undefined) return `${scheme}:${value}`;
  const national = FTM_NATIONAL_IDENTIFIER_SCHEMES[property];
  if (national === undefined) return null;
  return jurisdiction === undefined
    ? `${national}:${value}`
    : `${jurisdiction}-${national}:${value}`;
}

export function isFtmIdentifierProperty(property: string): boolean {
  return (
    Object.hasOwn(FTM_IDENTIFIER_SCHEMES, property) ||
    Object.hasOwn(FTM_NATIONAL_IDENTIFIER_SCHEMES, property)
  );
}
