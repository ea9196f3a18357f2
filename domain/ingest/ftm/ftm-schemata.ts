/**
 * Which FtM schemata the model reads, and as what: read from the registry (each entity type's
 * `ftmSchemata`, each relationship type's `ftm`), never listed here a second time.
 */
import {
  ENTITY_TYPES,
  ENTITY_TYPE_REGISTRY,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_REGISTRY,
  type EntityType,
  type RelationshipType,
} from "../../model";

export interface FtmLinkMapping {
  type: RelationshipType;
  /** The FtM property naming the `from` end. */
  from: string;
  /** The FtM property naming the `to` end, or `id`: the record itself (Contract.authority). */
  to: string;
}

/** The entity type an FtM schema is read as, or null when the model has none for it. */
export function entityTypeOfSchema(schema: string): EntityType | null {
  return (
    ENTITY_TYPES.find((type) => ENTITY_TYPE_REGISTRY[type].ftmSchemata.includes(schema)) ?? null
  );
}

/** The relationships an FtM record of this schema becomes (none for most schemata). */
export function linkMappingsOfSchema(schema: string): FtmLinkMapping[] {
  return RELATIONSHIP_TYPES.flatMap((type) => {
    const ftm = RELATIONSHIP_TYPE_REGISTRY[type].ftm;
    return ftm !== null && ftm.schema === schema ? [{ type, from: ftm.from, to: ftm.to }] : [];
  });
}

/** The record itself as an end (`to: "id"`): a Contract is awarded by its `authority`. */
export const SELF_END = "id";

/**
 * Ends that FtM gives by name, not by an entity id: a Sanction's `authority` is the text
 * "Office of Foreign Assets Control". Each distinct name becomes one entity of the given type.
 */
export const FTM_NAMED_ENDS: Readonly<Record<string, Readonly<Record<string, EntityType>>>> = {
  Sanction: { authority: "PublicBody" },
};

export function namedEndType(schema: string, property: string): EntityType | null {
  return FTM_NAMED_ENDS[schema]?.[property] ?? null;
}
