/**
 * Writes streamed batches so that every link finds its ends: the nodes of each batch first, then
 * the links whose ends (and, for a relationship, the sources it cites, whose dates date it) are
 * already written. A link that points forward, to a node a later batch brings, waits, and is
 * written at the end. Only ids and the waiting links stay in memory.
 */
import type { ModelRows, RelationshipRow, CitationRow } from "../../domain/ingest";
import type { DatasetTransactionWriter } from "./write-dataset";

const PENDING_BATCH = 5_000;

export async function writeRowsInOrder(
  batches: AsyncIterable<ModelRows>,
  writer: DatasetTransactionWriter,
  onRows: (count: number) => void,
): Promise<void> {
  const entities = new Set<string>();
  const sources = new Set<string>();
  const waiting: { relationships: RelationshipRow[]; citations: CitationRow[] } = {
    relationships: [],
    citations: [],
  };
  for await (const rows of batches) {
    await writer.writeNodes(rows);
    for (const row of rows.entities) entities.add(row.id);
    for (const row of rows.sources) sources.add(row.id);
    const relationships: RelationshipRow[] = [];
    for (const row of rows.relationships) {
      const cited = row.properties["sourceIds"];
      const sourcesWritten = !Array.isArray(cited) || cited.every((id) => sources.has(id));
      if (entities.has(row.from) && entities.has(row.to) && sourcesWritten) {
        relationships.push(row);
      } else waiting.relationships.push(row);
    }
    const citations: CitationRow[] = [];
    for (const row of rows.citations) {
      if (entities.has(row.entityId) && sources.has(row.sourceId)) citations.push(row);
      else waiting.citations.push(row);
    }
    await writer.writeLinks({ relationships, citations });
    onRows(rows.sources.length + rows.entities.length + relationships.length + citations.length);
  }
  for (let start = 0; start < waiting.relationships.length; start += PENDING_BATCH) {
    const relationships = waiting.relationships.slice(start, start + PENDING_BATCH);
    await writer.writeLinks({ relationships, citations: [] });
    onRows(relationships.length);
  }
  for (let start = 0; start < waiting.citations.length; start += PENDING_BATCH) {
    const citations = waiting.citations.slice(start, start + PENDING_BATCH);
    await writer.writeLinks({ relationships: [], citations });
    onRows(citations.length);
  }
}
