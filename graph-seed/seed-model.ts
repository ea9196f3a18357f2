/**
 * The graph model as data: which properties each entity and relationship type may carry, of
 * what kind, and which endpoint types each relationship connects. docs/model.md explains why.
 */
import type { EntityType, RelationshipType } from "./seed-types";

export type PropertyKind =
  | "text"
  | "texts"
  | "date"
  | "number"
  | "count"
  | "percent"
  | "countryCode"
  | "currencyCode"
  | { oneOf: readonly string[] };

const NAME_PROPERTIES = {
  name: "text",
  nameZh: "text",
  shortName: "text",
  shortNameZh: "text",
  aliases: "texts",
  formerNames: "texts",
} as const satisfies Record<string, PropertyKind>;

const COMMON_ENTITY_PROPERTIES = {
  ...NAME_PROPERTIES,
  identifiers: "texts",
  jurisdiction: "countryCode",
  address: "text",
  caption: "text",
  description: "text",
} as const satisfies Record<string, PropertyKind>;

export const ENTITY_PROPERTIES: Record<EntityType, Record<string, PropertyKind>> = {
  Company: {
    ...COMMON_ENTITY_PROPERTIES,
    stockCode: "text",
    foundingDate: "date",
    listedOn: "text",
    listingDate: "date",
    registeredCapital: "number",
    registeredCapitalCurrency: "currencyCode",
    registeredCapitalDate: "date",
  },
  PublicBody: { ...COMMON_ENTITY_PROPERTIES, foundingDate: "date" },
  Person: { ...COMMON_ENTITY_PROPERTIES },
  Contract: {
    ...COMMON_ENTITY_PROPERTIES,
    subject: "text",
    approvedBudget: "number",
    approvedBudgetCurrency: "currencyCode",
    budgetApprovedDate: "date",
    budgetApprovedBy: "text",
  },
  Place: {
    ...COMMON_ENTITY_PROPERTIES,
    placeType: { oneOf: ["immigrationCheckpoint"] },
    eChannelCount: "count",
    eChannelCountAsOf: "date",
  },
};

/** Names, in the order `names` lists them; the full-text index searches all of them. */
export const NAME_PROPERTY_KEYS = Object.keys(NAME_PROPERTIES);

/** Identifier properties the full-text index searches besides the names. */
export const IDENTIFIER_PROPERTY_KEYS = ["stockCode", "identifiers"];

/** Editorial or computed properties: they need no citation. Every other one does. */
export const UNCITED_ENTITY_PROPERTIES = new Set(["caption", "description"]);

/** The keys of an entity entry that are not node properties. */
export const ENTITY_ENTRY_KEYS = new Set(["id", "type", "citations"]);

/** The keys of a relationship entry that are not free properties. */
export const RELATIONSHIP_ENTRY_KEYS = new Set([
  "id",
  "type",
  "from",
  "to",
  "firmness",
  "citations",
]);

export const DIRECT_OR_INDIRECT = ["direct", "indirect", "unknown"] as const;

/** BODS 0.4 interest types that a shareholding-like OWNS relationship may state. */
export const OWNERSHIP_INTEREST_TYPES = [
  "shareholding",
  "votingRights",
  "rightsToProfitOrIncome",
  "rightsToSurplusAssetsOnDissolution",
  "unknownInterest",
] as const;

/** Kinds of control that is not (or not known to be) ownership. */
export const CONTROL_TYPES = [
  "supervision",
  "directControl",
  "parentOfSubsidiary",
  "groupMember",
  "appointmentOfBoard",
  "controlByLegalFramework",
  "otherInfluenceOrControl",
] as const;

const COMMON_RELATIONSHIP_PROPERTIES = {
  startDate: "date",
  endDate: "date",
  asOfDate: "date",
  description: "text",
} as const satisfies Record<string, PropertyKind>;

interface RelationshipRule {
  from: readonly EntityType[];
  to: readonly EntityType[];
  properties: Record<string, PropertyKind>;
  required: readonly string[];
}

const ORGANISATIONS: readonly EntityType[] = ["Company", "PublicBody"];
const HOLDERS: readonly EntityType[] = ["Company", "PublicBody", "Person"];

export const RELATIONSHIP_RULES: Record<RelationshipType, RelationshipRule> = {
  OWNS: {
    from: HOLDERS,
    to: ["Company"],
    properties: {
      ...COMMON_RELATIONSHIP_PROPERTIES,
      shareExact: "percent",
      shareMin: "percent",
      shareMax: "percent",
      directOrIndirect: { oneOf: DIRECT_OR_INDIRECT },
      interestType: { oneOf: OWNERSHIP_INTEREST_TYPES },
      componentIds: "texts",
    },
    required: ["directOrIndirect", "interestType"],
  },
  CONTROLS: {
    from: HOLDERS,
    to: ORGANISATIONS,
    properties: {
      ...COMMON_RELATIONSHIP_PROPERTIES,
      controlType: { oneOf: CONTROL_TYPES },
      directOrIndirect: { oneOf: DIRECT_OR_INDIRECT },
      componentIds: "texts",
    },
    required: ["controlType"],
  },
  SUPPLIES: {
    from: ["Company"],
    to: ["Contract"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
  },
  AWARDED: {
    from: ORGANISATIONS,
    to: ["Contract"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
  },
  PERFORMED_AT: {
    from: ["Contract"],
    to: ["Place"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
  },
  OFFICER_OF: {
    from: ["Person"],
    to: ORGANISATIONS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, role: "text" },
    required: ["role"],
  },
  LISTS: {
    from: ["PublicBody"],
    to: HOLDERS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, listName: "text", listedAs: "text" },
    required: ["listName"],
  },
  FOUNDED: {
    from: HOLDERS,
    to: ORGANISATIONS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, date: "date", foundedThrough: "text" },
    required: [],
  },
};

export const SOURCE_PROPERTIES: Record<string, PropertyKind> = {
  title: "text",
  caption: "text",
  publisher: "text",
  reprintedBy: "text",
  url: "text",
  date: "date",
  authors: "texts",
  kind: {
    oneOf: [
      "newsArticle",
      "companyAnnouncement",
      "financialDataPage",
      "encyclopedia",
      "governmentList",
      "governmentReport",
    ],
  },
  note: "text",
};

export const REQUIRED_SOURCE_PROPERTIES = ["caption", "publisher", "url", "kind"];
