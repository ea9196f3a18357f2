/**
 * The entity types: one entry each, read by the validator, the importers, the styles, the legend,
 * the panels and the exporters. Add a type here (and its label branch in
 * cypher/merge-seed-entities.cypher); nothing else decides by comparing a type name.
 */
import { COMMON_ENTITY_PROPERTIES, type PropertyKinds } from "./property-kinds";

export interface NodeStyle {
  /** Plain-language name, for lists and the legend. */
  displayName: string;
  colour: string;
  /** A text glyph, for console cells; the canvas draws the matching icon (entity-icons.ts). */
  glyph: string;
  /** Node size on screen before it grows with its links. */
  size: number;
}

export interface EntityTypeEntry {
  style: NodeStyle;
  /** What a node of this type may carry besides `id`. */
  properties: PropertyKinds;
  /** FollowTheMoney schemata read as this type (the first is the one written). */
  ftmSchemata: readonly string[];
  /** BODS 0.4 record kind and its entityType / personType codes read as this type. */
  bods: { recordType: "entity" | "person"; types: readonly string[] } | null;
}

/** In the order the legend lists them: public bodies and companies first. */
export const ENTITY_TYPES = ["PublicBody", "Company", "Person", "Contract", "Place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_REGISTRY: Record<EntityType, EntityTypeEntry> = {
  Company: {
    style: { displayName: "Company", colour: "#2f6db5", glyph: "■", size: 9 },
    properties: {
      ...COMMON_ENTITY_PROPERTIES,
      stockCode: "text",
      foundingDate: "date",
      listedOn: "text",
      listingDate: "date",
      registeredCapital: "number",
      registeredCapitalCurrency: "currencyCode",
      registeredCapitalDate: "date",
    },
    ftmSchemata: ["Company", "Organization", "LegalEntity"],
    bods: {
      recordType: "entity",
      types: ["registeredEntity", "legalEntity", "arrangement", "anonymousEntity", "unknownEntity"],
    },
  },
  PublicBody: {
    style: { displayName: "Public body", colour: "#b5473a", glyph: "⚑", size: 11 },
    properties: { ...COMMON_ENTITY_PROPERTIES, foundingDate: "date" },
    ftmSchemata: ["PublicBody"],
    bods: { recordType: "entity", types: ["stateBody", "state"] },
  },
  Person: {
    style: { displayName: "Person", colour: "#7a4fb0", glyph: "●", size: 7 },
    properties: { ...COMMON_ENTITY_PROPERTIES, birthDate: "date", nationalities: "texts" },
    ftmSchemata: ["Person"],
    bods: { recordType: "person", types: ["knownPerson", "anonymousPerson", "unknownPerson"] },
  },
  Contract: {
    style: { displayName: "Contract", colour: "#c98a12", glyph: "✎", size: 7 },
    properties: {
      ...COMMON_ENTITY_PROPERTIES,
      subject: "text",
      approvedBudget: "number",
      approvedBudgetCurrency: "currencyCode",
      budgetApprovedDate: "date",
      budgetApprovedBy: "text",
    },
    ftmSchemata: ["Contract"],
    bods: null,
  },
  Place: {
    style: { displayName: "Place", colour: "#2e8b57", glyph: "▲", size: 8 },
    properties: {
      ...COMMON_ENTITY_PROPERTIES,
      placeType: { oneOf: ["immigrationCheckpoint"] },
      eChannelCount: "count",
      eChannelCountAsOf: "date",
    },
    ftmSchemata: ["Address"],
    bods: null,
  },
};

/** Nodes that are not entities still get a look: documents, and anything else a query returns. */
export const OTHER_NODE_STYLES = {
  Source: { displayName: "Source", colour: "#7d8590", glyph: "❝", size: 6 },
  Other: { displayName: "Other", colour: "#555e6c", glyph: "◆", size: 7 },
} as const satisfies Record<string, NodeStyle>;

export type NodeKind = EntityType | keyof typeof OTHER_NODE_STYLES;

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && Object.hasOwn(ENTITY_TYPE_REGISTRY, value);
}

/** The kind of a node from its labels: its entity type, `Source`, or `Other`. */
export function nodeKind(labels: readonly string[]): NodeKind {
  for (const label of labels) if (isEntityType(label)) return label;
  return labels.includes("Source") ? "Source" : "Other";
}

export function nodeStyle(kind: string): NodeStyle {
  if (isEntityType(kind)) return ENTITY_TYPE_REGISTRY[kind].style;
  return kind === "Source" ? OTHER_NODE_STYLES.Source : OTHER_NODE_STYLES.Other;
}
