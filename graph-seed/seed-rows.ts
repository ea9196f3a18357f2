/**
 * The dataset as query parameters: one list of plain rows per query. Every stored node and
 * relationship carries `seeded: true`, which is how a reload tells the seed's own data from
 * data users added (see docs/model.md, "Reloading").
 */
import type { SeedDataset, SeedProperties } from "./seed-types";

export interface NodeRow {
  id: string;
  properties: SeedProperties;
}

export interface EntityRow extends NodeRow {
  type: string;
}

export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: SeedProperties;
}

export interface SourcedFromRow {
  id: string;
  entityId: string;
  sourceId: string;
  properties: SeedProperties;
}

export interface SeedRows {
  sources: NodeRow[];
  entities: EntityRow[];
  relationships: RelationshipRow[];
  sourcedFrom: SourcedFromRow[];
}

const SEEDED = { seeded: true } as const;

export function seedRows(dataset: SeedDataset): SeedRows {
  return {
    sources: dataset.sources.map(({ id, properties }) => ({
      id,
      properties: { ...properties, ...SEEDED },
    })),
    entities: dataset.entities.map(({ id, type, properties }) => ({
      id,
      type,
      properties: { ...properties, ...SEEDED },
    })),
    relationships: dataset.relationships.map(({ id, type, from, to, properties }) => ({
      id,
      type,
      from,
      to,
      properties: { ...properties, ...SEEDED },
    })),
    sourcedFrom: dataset.entities.flatMap((entity) =>
      entity.citations.map((citation) => ({
        id: citation.id,
        entityId: entity.id,
        sourceId: citation.sourceId,
        properties: {
          id: citation.id,
          properties: citation.properties,
          quote: citation.text,
          quoteKind: citation.kind,
          firmness: citation.firmness,
          ...SEEDED,
        },
      })),
    ),
  };
}
