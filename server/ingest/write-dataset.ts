/**
 * The dataset writer: replaces what an earlier version of a dataset wrote with the given rows,
 * inside the caller's one write transaction (so a failure anywhere leaves the database as it
 * was). Queries live in cypher/*.cypher; data travels only as parameters.
 */
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import {
  stampDataset,
  type DatasetCounts,
  type DatasetDescriptor,
  type ModelRows,
} from "../../domain/ingest";
import { ENTITY_TYPES } from "../../domain/model";

/** The part of a neo4j-driver (Managed)Transaction the writer needs. */
export interface WriteTransaction {
  run(query: string, parameters?: Record<string, unknown>): Promise<unknown>;
}

/** A write that did not do what the rows asked (an endpoint missing): rolled back. */
export class DatasetWriteError extends Error {
  override readonly name = "DatasetWriteError";
}

/** Rows per statement: large enough to be quick, small enough for a modest heap. */
const BATCH_SIZE = 500;

export async function writeDataset(
  tx: WriteTransaction,
  dataset: DatasetDescriptor,
  unstamped: ModelRows,
  importedAt: Date = new Date(),
): Promise<DatasetCounts> {
  const rows = stampDataset(unstamped, dataset.id);
  // The dataset's relationships are dropped and written afresh: their endpoints may have changed.
  await tx.run(cypher("delete-dataset-relationships"), { dataset: dataset.id });
  await mergeInBatches(tx, "merge-sources", rows.sources);
  await mergeInBatches(tx, "merge-entities", rows.entities, { entityTypes: ENTITY_TYPES });
  await tx.run(cypher("delete-stale-dataset-nodes"), {
    dataset: dataset.id,
    entityIds: rows.entities.map((row) => row.id),
    sourceIds: rows.sources.map((row) => row.id),
  });
  await mergeInBatches(tx, "merge-relationships", rows.relationships);
  await mergeInBatches(tx, "merge-citations", rows.citations);
  const counts: DatasetCounts = {
    sources: rows.sources.length,
    entities: rows.entities.length,
    relationships: rows.relationships.length,
    citations: rows.citations.length,
  };
  await tx.run(cypher("set-dataset"), {
    dataset: {
      id: dataset.id,
      title: dataset.title,
      format: dataset.format,
      version: dataset.version,
      fileNames: dataset.files.map((file) => file.name),
      fileChecksums: dataset.files.map((file) => file.sha256),
      publisher: dataset.publisher,
      licence: dataset.licence,
      importedAt: importedAt.toISOString(),
      ...counts,
    },
  });
  return counts;
}

async function mergeInBatches(
  tx: WriteTransaction,
  name: QueryName,
  rows: readonly object[],
  params: Record<string, unknown> = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const written = writtenCount(await tx.run(cypher(name), { ...params, rows: batch }));
    // The MATCH of an endpoint drops a row silently; validation should make that impossible.
    if (written !== null && written !== batch.length) {
      throw new DatasetWriteError(
        `${name} wrote ${written} of ${batch.length} rows: an endpoint or label is missing in the ` +
          `database. The transaction was rolled back; check that the schema was applied.`,
      );
    }
  }
}

/** The `written` column of a driver result, when the result looks like one. */
function writtenCount(result: unknown): number | null {
  if (typeof result !== "object" || result === null || !("records" in result)) return null;
  const records = result.records;
  if (!Array.isArray(records)) return null;
  const record: unknown = records[0];
  if (
    typeof record !== "object" ||
    record === null ||
    !("get" in record) ||
    typeof record.get !== "function"
  ) {
    return null;
  }
  const value: unknown = (record.get as (key: string) => unknown)("written");
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (
    typeof value === "object" &&
    value !== null &&
    "toNumber" in value &&
    typeof value.toNumber === "function"
  ) {
    return Number((value.toNumber as () => unknown).call(value));
  }
  return null;
}
