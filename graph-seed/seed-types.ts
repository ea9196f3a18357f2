/**
 * The seed as the loader sees it after validation: typed, with every reference resolved and
 * every computed property (caption, names, searchText) filled in. See docs/model.md.
 */

import type { EntityType, Firmness, QuoteKind, RelationshipType } from "../domain/model";

export type { EntityType, Firmness, QuoteKind, RelationshipType };

/** A value a seed property may hold (Neo4j property values; lists hold strings only). */
export type SeedValue = string | number | boolean | string[];
export type SeedProperties = Record<string, SeedValue>;

export interface Citation {
  sourceId: string;
  /** At most one sentence: a verbatim quote, or a summary/locator (see `kind`). */
  text: string;
  kind: QuoteKind;
}

/** A citation for some of an entity's properties; `properties: []` cites the entity itself. */
export interface EntityCitation extends Citation {
  /** Id of the SOURCED_FROM relationship the loader writes for it. */
  id: string;
  properties: string[];
  firmness: Firmness;
}

export interface SeedSource {
  id: string;
  /** Everything stored on the Source node (nulls left out), `id` and `caption` included. */
  properties: SeedProperties;
}

export interface SeedEntity {
  id: string;
  type: EntityType;
  name: string | null;
  caption: string;
  names: string[];
  searchText: string;
  /** Everything stored on the node (nulls left out), computed properties included. */
  properties: SeedProperties;
  citations: EntityCitation[];
}

export interface SeedRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  firmness: Firmness;
  citations: Citation[];
  /** Everything stored on the relationship (nulls left out), provenance lists included. */
  properties: SeedProperties;
}

export interface SeedDataset {
  /** What the database records after a load; a start reloads when it differs. */
  seedVersion: string;
  /** The hand-bumped part of seedVersion, from manifest.json. */
  manifestVersion: string;
  sources: SeedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

/** The four data files, parsed but not yet checked. */
export interface SeedDataFiles {
  manifest: unknown;
  sources: unknown;
  entities: unknown;
  relationships: unknown;
}

/** The data files, and the source texts (`source-texts/<source id>.txt`: file name → content). */
export interface SeedFiles extends SeedDataFiles {
  sourceTexts: Record<string, string>;
}

export const SEED_FILE_NAMES: Record<keyof SeedDataFiles, string> = {
  manifest: "manifest.json",
  sources: "sources.json",
  entities: "entities.json",
  relationships: "relationships.json",
};
