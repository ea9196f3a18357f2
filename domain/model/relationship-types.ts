/**
 * The relationship types: one entry each, read by the validator, the chain arithmetic, the
 * layouts, the styles, the panels, the exporters, the importers and the tests that check the
 * type lists in cypher/*.cypher. Adding a type is one entry here plus the Cypher files those
 * tests name; nothing else decides by comparing a type name.
 *
 * Every relationship points from the party that holds power or money to the party it is held
 * over (owner → owned); docs/model.md says why.
 */
import { ENTITY_TYPES, type EntityType } from "./entity-types";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  BODS_CONTROL_INTEREST_TYPES,
  CONTROL_TYPES,
  DIRECT_OR_INDIRECT,
  OWNERSHIP_INTEREST_TYPES,
  SHARE_BOUNDS,
  type PropertyKinds,
} from "./property-kinds";
import type { RelationshipKind } from "./relationship-kinds";

/**
 * What a relationship does in a chain walk ("who owns / controls this?"):
 * - `ownership`: walked, and its stated share counts in effective ownership;
 * - `control`: walked, and counts as control (no share);
 * - `identity`: walked either way, as one entity: its two ends are the same (records of two
 *   datasets joined on a strong identifier); no share, no step of its own;
 * - `none`: not walked (the shortest path and the hierarchy layout may still use it).
 */
export type ChainRole = "ownership" | "control" | "identity" | "none";

/**
 * What a relationship of this type with no `startDate` says of its start (docs/model.md, "Time"):
 * - `unknown`: it may have held since any time before its first evidence;
 * - `firstStated`: it did not exist before its first evidence (a listing does not predate the
 *   list that states it), so it starts then.
 */
export type UndatedStart = "unknown" | "firstStated";

export interface RelationshipTypeEntry {
  kind: RelationshipKind;
  chainRole: ChainRole;
  /** True when the hierarchy layout draws the `to` end below the `from` end. */
  ranksBelow: boolean;
  from: readonly EntityType[];
  to: readonly EntityType[];
  properties: PropertyKinds;
  required: readonly string[];
  /** Words for it, read from the owner's side: "owns", "officer of". */
  verb: string;
  /** The FollowTheMoney schema (and its two ends) read as this type, or null. */
  ftm: { schema: string; from: string; to: string } | null;
  /** BODS 0.4 interest types read as this type. */
  bodsInterests: readonly string[];
  /** What no `startDate` means for when it held. */
  undatedStart: UndatedStart;
}

const ORGANISATIONS: readonly EntityType[] = ["Company", "PublicBody"];
const HOLDERS: readonly EntityType[] = ["Company", "PublicBody", "Person"];

export const RELATIONSHIP_TYPES = [
  "OWNS",
  "CONTROLS",
  "SUPPLIES",
  "AWARDED",
  "PERFORMED_AT",
  "OFFICER_OF",
  "LISTS",
  "FOUNDED",
  "SAME_AS",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_TYPE_REGISTRY: Record<RelationshipType, RelationshipTypeEntry> = {
  OWNS: {
    kind: "ownership",
    chainRole: "ownership",
    ranksBelow: true,
    from: HOLDERS,
    to: ["Company"],
    properties: {
      ...COMMON_RELATIONSHIP_PROPERTIES,
      shareExact: "percent",
      shareMin: "percent",
      shareMax: "percent",
      shareMinBound: { oneOf: SHARE_BOUNDS },
      shareMaxBound: { oneOf: SHARE_BOUNDS },
      sharesCount: "number",
      directOrIndirect: { oneOf: DIRECT_OR_INDIRECT },
      interestType: { oneOf: OWNERSHIP_INTEREST_TYPES },
      componentIds: "texts",
    },
    required: ["directOrIndirect", "interestType"],
    verb: "owns",
    ftm: { schema: "Ownership", from: "owner", to: "asset" },
    bodsInterests: OWNERSHIP_INTEREST_TYPES,
    undatedStart: "unknown",
  },
  CONTROLS: {
    kind: "control",
    chainRole: "control",
    ranksBelow: true,
    from: HOLDERS,
    to: ORGANISATIONS,
    properties: {
      ...COMMON_RELATIONSHIP_PROPERTIES,
      controlType: { oneOf: CONTROL_TYPES },
      directOrIndirect: { oneOf: DIRECT_OR_INDIRECT },
      componentIds: "texts",
    },
    required: ["controlType"],
    verb: "controls",
    ftm: { schema: "UnknownLink", from: "subject", to: "object" },
    bodsInterests: BODS_CONTROL_INTEREST_TYPES,
    undatedStart: "unknown",
  },
  SUPPLIES: {
    kind: "contract",
    chainRole: "control",
    ranksBelow: true,
    from: ["Company"],
    to: ["Contract"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
    verb: "supplies",
    ftm: { schema: "ContractAward", from: "supplier", to: "contract" },
    bodsInterests: [],
    undatedStart: "unknown",
  },
  AWARDED: {
    kind: "contract",
    chainRole: "none",
    ranksBelow: true,
    from: ORGANISATIONS,
    to: ["Contract"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
    verb: "awarded",
    ftm: { schema: "Contract", from: "authority", to: "id" },
    bodsInterests: [],
    undatedStart: "unknown",
  },
  PERFORMED_AT: {
    kind: "contract",
    chainRole: "control",
    ranksBelow: true,
    from: ["Contract"],
    to: ["Place"],
    properties: COMMON_RELATIONSHIP_PROPERTIES,
    required: [],
    verb: "performed at",
    ftm: null,
    bodsInterests: [],
    undatedStart: "unknown",
  },
  OFFICER_OF: {
    kind: "role",
    chainRole: "none",
    ranksBelow: true,
    // A company can sit on a board too (a corporate director, BODS 0.4 `nomination.json`).
    from: HOLDERS,
    to: ORGANISATIONS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, role: "text" },
    required: ["role"],
    verb: "officer of",
    ftm: { schema: "Directorship", from: "director", to: "organization" },
    bodsInterests: ["boardMember", "boardChair", "seniorManagingOfficial"],
    undatedStart: "unknown",
  },
  LISTS: {
    kind: "listing",
    chainRole: "none",
    ranksBelow: false,
    from: ["PublicBody"],
    to: HOLDERS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, listName: "text", listedAs: "text" },
    required: ["listName"],
    verb: "lists",
    ftm: { schema: "Sanction", from: "authority", to: "entity" },
    bodsInterests: [],
    undatedStart: "firstStated",
  },
  FOUNDED: {
    kind: "role",
    chainRole: "none",
    ranksBelow: true,
    from: HOLDERS,
    to: ORGANISATIONS,
    properties: { ...COMMON_RELATIONSHIP_PROPERTIES, date: "date", foundedThrough: "text" },
    required: [],
    verb: "founded",
    ftm: null,
    bodsInterests: [],
    undatedStart: "unknown",
  },
  // Made by Ownergraph, never imported: records of different datasets that share a strong
  // identifier (domain/model/identifier-keys.ts) are linked after each import; docs/model.md,
  // "Joined records". `joinedOn` lists the shared keys.
  SAME_AS: {
    kind: "identity",
    chainRole: "identity",
    ranksBelow: false,
    from: ENTITY_TYPES,
    to: ENTITY_TYPES,
    properties: { joinedOn: "texts" },
    required: ["joinedOn"],
    verb: "is the same entity as",
    ftm: null,
    bodsInterests: [],
    // A join has no time of its own: the app draws it on every day (app/explorer/time/link-on-day.ts).
    undatedStart: "unknown",
  },
};

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === "string" && Object.hasOwn(RELATIONSHIP_TYPE_REGISTRY, value);
}

function typesWhere(test: (entry: RelationshipTypeEntry) => boolean): readonly RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((type) => test(RELATIONSHIP_TYPE_REGISTRY[type]));
}

/**
 * Walked by the chain queries (ownership, control, and identity links crossed either way); the
 * chain arithmetic counts ownership and control, and reads identity links as one entity.
 */
export const CHAIN_RELATIONSHIP_TYPES = typesWhere((entry) => entry.chainRole !== "none");
/** By which an entity is owned or controlled: the chain types but the identity links. */
export const HOLDING_RELATIONSHIP_TYPES = typesWhere(
  (entry) => entry.chainRole === "ownership" || entry.chainRole === "control",
);
/** Link records of different datasets that are one entity (SAME_AS). */
export const IDENTITY_RELATIONSHIP_TYPES = typesWhere((entry) => entry.chainRole === "identity");
/** Rank their `to` end below their `from` end in the hierarchy layout. */
export const HIERARCHY_RELATIONSHIP_TYPES = typesWhere((entry) => entry.ranksBelow);

/** The types drawn and listed as one kind (ownership, control, ...). */
export function typesOfKind(kind: RelationshipKind): readonly RelationshipType[] {
  return typesWhere((entry) => entry.kind === kind);
}

/** The chain role of any type name; types outside the model are not walked. */
export function chainRoleOf(type: string): ChainRole {
  return isRelationshipType(type) ? RELATIONSHIP_TYPE_REGISTRY[type].chainRole : "none";
}

/** The kind of a relationship type; types outside the model look like listings. */
export function relationshipKind(type: string): RelationshipKind {
  return isRelationshipType(type) ? RELATIONSHIP_TYPE_REGISTRY[type].kind : "listing";
}

/** How a sentence names a relationship type: "owns"; outside the model, its name in words. */
export function relationshipVerb(type: string): string {
  return isRelationshipType(type)
    ? RELATIONSHIP_TYPE_REGISTRY[type].verb
    : type.toLowerCase().replaceAll("_", " ");
}
