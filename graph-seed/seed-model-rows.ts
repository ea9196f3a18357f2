/**
 * The validated seed as the graph model's rows (domain/ingest/model-rows.ts): what the dataset
 * writer stores. The writer marks every row with the dataset id `seed`.
 */
import type { ModelRows } from "../domain/ingest";
import type { SeedDataset } from "./seed-types";

export function seedModelRows(dataset: SeedDataset): ModelRows {
  return {
    sources: dataset.sources.map(({ id, properties }) => ({ id, properties })),
    entities: dataset.entities.map(({ id, type, properties }) => ({ id, type, properties })),
    relationships: dataset.relationships.map(({ id, type, from, to, properties }) => ({
      id,
      type,
      from,
      to,
      properties,
    })),
    citations: dataset.entities.flatMap((entity) =>
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
        },
      })),
    ),
  };
}
