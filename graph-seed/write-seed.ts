/**
 * The writer: replaces what the previous seed wrote with the given dataset, inside the caller's
 * one write transaction (so a failure anywhere leaves the database as it was). Queries live in
 * cypher/*.cypher; data travels only as parameters.
 */
import { ENTITY_TYPES } from "../domain/model";
import { cypher } from "../cypher/registry";
import { SeedWriteError } from "./seed-validation-error";
import type { SeedDataset } from "./seed-types";
import { seedRows } from "./seed-rows";

/** The part of a neo4j-driver (Managed)Transaction the writer needs; no driver import here. */
export interface SeedTransaction {
  run(query: string, parameters?: Record<string, unknown>): Promise<unknown>;
}

export interface SeedWriteSummary {
  seedVersion: string;
  sources: number;
  entities: number;
  relationships: number;
  citations: number;
}

/** Rows per statement: large enough to be quick, small enough for a modest heap. */
const BATCH_SIZE = 500;

export const SEED_META_KEY = "seed";

export async function writeSeed(
  tx: SeedTransaction,
  dataset: SeedDataset,
): Promise<SeedWriteSummary> {
  const rows = seedRows(dataset);
  // Seeded relationships are dropped and written afresh: their endpoints may have changed.
  await tx.run(cypher("delete-seed-relationships"));
  await mergeInBatches(tx, "merge-seed-sources", rows.sources);
  await mergeInBatches(tx, "merge-seed-entities", rows.entities, { entityTypes: ENTITY_TYPES });
  await tx.run(cypher("delete-stale-seed-nodes"), {
    entityIds: rows.entities.map((row) => row.id),
    sourceIds: rows.sources.map((row) => row.id),
  });
  await mergeInBatches(tx, "merge-seed-relationships", rows.relationships);
  await mergeInBatches(tx, "merge-seed-sourced-from", rows.sourcedFrom);
  await tx.run(cypher("set-seed-version"), {
    key: SEED_META_KEY,
    seedVersion: dataset.seedVersion,
  });
  return {
    seedVersion: dataset.seedVersion,
    sources: rows.sources.length,
    entities: rows.entities.length,
    relationships: rows.relationships.length,
    citations: rows.sourcedFrom.length,
  };
}

type MergeQuery =
  | "merge-seed-sources"
  | "merge-seed-entities"
  | "merge-seed-relationships"
  | "merge-seed-sourced-from";

async function mergeInBatches(
  tx: SeedTransaction,
  name: MergeQuery,
  rows: readonly object[],
  params: Record<string, unknown> = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const result = await tx.run(cypher(name), { ...params, rows: batch });
    const written = writtenCount(result);
    // The MATCH of an endpoint drops a row silently; validation should make that impossible.
    if (written !== null && written !== batch.length) {
      throw new SeedWriteError(
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
