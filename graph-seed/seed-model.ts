/**
 * What the seed's data files hold besides the graph model itself (domain/model): the keys of an
 * entry that are not properties.
 */

/** The keys of an entity entry that are not node properties. */
export const ENTITY_ENTRY_KEYS: ReadonlySet<string> = new Set(["id", "type", "citations"]);

/** The keys of a relationship entry that are not free properties. */
export const RELATIONSHIP_ENTRY_KEYS: ReadonlySet<string> = new Set([
  "id",
  "type",
  "from",
  "to",
  "firmness",
  "citations",
]);
