/**
 * The graph model as rows an import writes: sources, entities, relationships between entities,
 * and the citations of entities' properties (SOURCED_FROM). Every importer maps its input to
 * these; the writer (server/ingest/write-dataset.ts) stores them in batches.
 */
import { identityKeys, type EntityType, type RelationshipType } from "../model";

/** A stored property value (Neo4j property values; lists hold strings only). */
export type RowValue = string | number | boolean | string[];
export type RowProperties = Record<string, RowValue>;

/** Where in the input a row came from, for the messages of the checks that span rows. */
export interface RowOrigin {
  file: string;
  /** `line 12`, `statement 1dc0…`; null for the whole file. */
  at: string | null;
}

export interface SourceRow {
  id: string;
  properties: RowProperties;
  origin?: RowOrigin;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  properties: RowProperties;
  origin?: RowOrigin;
}

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: RowProperties;
  origin?: RowOrigin;
}

/** A citation of some of an entity's properties: one SOURCED_FROM relationship. */
export interface CitationRow {
  id: string;
  entityId: string;
  sourceId: string;
  properties: RowProperties;
  origin?: RowOrigin;
}

export interface ModelRows {
  sources: SourceRow[];
  entities: EntityRow[];
  relationships: RelationshipRow[];
  citations: CitationRow[];
}

/**
 * The same rows, each marked with the dataset (and the version of it) that writes them, and
 * with its id among its properties (the writer replaces a node's properties with these). An
 * entity with strong identifiers also gets their `identityKeys` (domain/model/identifier-keys.ts),
 * which the joins across datasets read.
 */
export function stampDataset(rows: ModelRows, datasetId: string, version: string): ModelRows {
  const stamp = <Row extends { id: string; properties: RowProperties }>(row: Row): Row => ({
    ...row,
    properties: { ...row.properties, id: row.id, dataset: datasetId, datasetVersion: version },
  });
  return {
    sources: rows.sources.map(stamp),
    entities: rows.entities.map((row) => withIdentityKeys(stamp(row))),
    relationships: rows.relationships.map(stamp),
    citations: rows.citations.map(stamp),
  };
}

function withIdentityKeys(row: EntityRow): EntityRow {
  const keys = identityKeys(row.properties);
  return keys.length === 0
    ? row
    : { ...row, properties: { ...row.properties, identityKeys: keys } };
}
