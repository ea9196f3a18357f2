/**
 * The kinds of value a property may hold, and the property sets several types share. The
 * validator checks values against these kinds; importers map foreign fields onto them.
 */

export type PropertyKind =
  | "text"
  | "texts"
  | "date"
  | "dateTime"
  | "number"
  | "count"
  | "percent"
  | "countryCode"
  | "currencyCode"
  | { oneOf: readonly string[] };

export type PropertyKinds = Record<string, PropertyKind>;

/** BODS `recordStatus`: a record's statements run new → updated → closed. */
export const RECORD_STATUSES = ["new", "updated", "closed"] as const;

/** The name properties of an entity, in the order `names` lists them. */
export const NAME_PROPERTIES = {
  name: "text",
  nameZh: "text",
  shortName: "text",
  shortNameZh: "text",
  aliases: "texts",
  formerNames: "texts",
} as const satisfies PropertyKinds;

/** Names, in the order `names` lists them; the full-text index searches all of them. */
export const NAME_PROPERTY_KEYS: readonly string[] = Object.keys(NAME_PROPERTIES);

/** Identifier properties the full-text index searches besides the names. */
export const IDENTIFIER_PROPERTY_KEYS: readonly string[] = ["stockCode", "identifiers"];

export const COMMON_ENTITY_PROPERTIES = {
  ...NAME_PROPERTIES,
  identifiers: "texts",
  jurisdiction: "countryCode",
  /** An ISO 3166-2 subdivision when the source gives one ("US-DE"); `jurisdiction` is "US". */
  jurisdictionSubdivision: "text",
  address: "text",
  caption: "text",
  description: "text",
  recordStatus: { oneOf: RECORD_STATUSES },
  /** A party a source names only as undisclosed: the source's reason code (GLEIF NATURAL_PERSONS). */
  unknownReason: "text",
} as const satisfies PropertyKinds;

/** Editorial or computed properties: they need no citation. Every other one does. */
export const UNCITED_ENTITY_PROPERTIES: ReadonlySet<string> = new Set(["caption", "description"]);

/** Every relationship may carry these (BODS startDate, endDate, statementDate; our note). */
export const COMMON_RELATIONSHIP_PROPERTIES = {
  startDate: "date",
  endDate: "date",
  asOfDate: "date",
  description: "text",
  recordStatus: { oneOf: RECORD_STATUSES },
  /** What the source says of the relationship now: GLEIF RelationshipStatus ACTIVE / INACTIVE. */
  status: "text",
} as const satisfies PropertyKinds;

/** BODS `directOrIndirect`. */
export const DIRECT_OR_INDIRECT = ["direct", "indirect", "unknown"] as const;

/** BODS 0.4 interest types that a shareholding-like OWNS relationship may state. */
export const OWNERSHIP_INTEREST_TYPES = [
  "shareholding",
  "votingRights",
  "rightsToProfitOrIncome",
  "rightsToSurplusAssetsOnDissolution",
  "rightToProfitOrIncomeFromAssets",
  "beneficiaryOfLegalArrangement",
  "unpublishedInterest",
  "unknownInterest",
] as const;

/**
 * Interests that state a share of the votes, not of the value: when one party states several
 * interests in another (a shareholding and the voting rights that go with it), the chain counts
 * the shareholding, then any other economic interest, and these only when nothing else is stated.
 */
export const NON_ECONOMIC_INTEREST_TYPES: readonly string[] = ["votingRights"];

/** Kinds of control that is not (or not known to be) ownership. */
export const CONTROL_TYPES = [
  "supervision",
  "directControl",
  "parentOfSubsidiary",
  "groupMember",
  "appointmentOfBoard",
  "controlByLegalFramework",
  "otherInfluenceOrControl",
  "controlViaCompanyRulesOrArticles",
  "rightsGrantedByContract",
  "conditionalRightsGrantedByContract",
  "enjoymentAndUseOfAssets",
  "settlor",
  "trustee",
  "protector",
  "nominee",
  "nominator",
] as const;

/** BODS 0.4 interest types read as control (CONTROLS, with the code as its `controlType`). */
export const BODS_CONTROL_INTEREST_TYPES = CONTROL_TYPES.filter(
  (type) => !["supervision", "directControl", "parentOfSubsidiary", "groupMember"].includes(type),
);

/** Whether a share's bound includes its figure (BODS `minimum`) or not (`exclusiveMinimum`). */
export const SHARE_BOUNDS = ["inclusive", "exclusive"] as const;
