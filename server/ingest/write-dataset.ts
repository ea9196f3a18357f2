/**
 * The dataset writer: replaces what an earlier version of a dataset wrote with the given rows,
 * inside the caller's one write transaction (so a failure anywhere leaves the database as it
 * was, and nothing is visible before the commit). Queries live in cypher/*.cypher; data travels
 * only as parameters.
 */
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import {
  SourceDates,
  stampDataset,
  withHeldSpan,
  type DatasetCounts,
  type DatasetDescriptor,
  type ModelRows,
} from "../../domain/ingest";
import { ENTITY_TYPES, MAX_RECORDS_PER_IDENTITY_KEY } from "../../domain/model";

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

/** The part of a dataset's rows that are nodes, or that link nodes. */
type NodeRows = Pick<ModelRows, "sources" | "entities">;
type LinkRows = Pick<ModelRows, "relationships" | "citations">;

/**
 * Writes one dataset in batches inside the caller's transaction: `start`, then nodes and links
 * in any number of batches (the links of a batch after the nodes they join), then `finish`,
 * which removes what the previous version wrote and this one did not, and records the dataset.
 * The caller commits; until then no other session sees any of it.
 */
export class DatasetTransactionWriter {
  private readonly counts: DatasetCounts = {
    sources: 0,
    entities: 0,
    relationships: 0,
    citations: 0,
  };

  /** The dates of the sources written so far: a relationship's held span reads its sources' dates. */
  private readonly sourceDates = new SourceDates();

  /** The dataset's id and version stamp every row; the rest of its record comes at `finish`. */
  constructor(
    private readonly tx: WriteTransaction,
    private readonly datasetId: string,
    private readonly version: string,
  ) {}

  async start(): Promise<void> {
    // The dataset's relationships are dropped and written afresh: their endpoints may have changed.
    await this.tx.run(cypher("delete-dataset-relationships"), { dataset: this.datasetId });
  }

  async writeNodes(rows: NodeRows): Promise<void> {
    const stamped = this.stamp({ ...rows, relationships: [], citations: [] });
    this.sourceDates.add(rows.sources);
    await mergeInBatches(this.tx, "merge-sources", stamped.sources);
    await mergeInBatches(this.tx, "merge-entities", stamped.entities, {
      entityTypes: ENTITY_TYPES,
    });
    this.counts.sources += rows.sources.length;
    this.counts.entities += rows.entities.length;
  }

  /** Writes relationships (each with its held span) and citations; write the sources they cite first. */
  async writeLinks(rows: LinkRows): Promise<void> {
    const relationships = rows.relationships.map((row) => withHeldSpan(row, this.sourceDates));
    const stamped = this.stamp({ ...rows, relationships, sources: [], entities: [] });
    await mergeInBatches(this.tx, "merge-relationships", stamped.relationships);
    await mergeInBatches(this.tx, "merge-citations", stamped.citations);
    this.counts.relationships += rows.relationships.length;
    this.counts.citations += rows.citations.length;
  }

  async finish(dataset: DatasetDescriptor, importedAt: Date = new Date()): Promise<DatasetCounts> {
    if (dataset.id !== this.datasetId || dataset.version !== this.version) {
      throw new DatasetWriteError(
        `The dataset record (${dataset.id}, version ${dataset.version}) is not the one written ` +
          `(${this.datasetId}, version ${this.version}).`,
      );
    }
    const { counts } = this;
    await this.tx.run(cypher("delete-stale-dataset-nodes"), {
      dataset: dataset.id,
      version: dataset.version,
    });
    // Records of other datasets that share a strong identifier become one entity (SAME_AS).
    await this.tx.run(cypher("link-dataset-joins"), {
      dataset: dataset.id,
      maxRecordsPerKey: MAX_RECORDS_PER_IDENTITY_KEY,
    });
    await this.tx.run(cypher("set-dataset"), {
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
    return { ...counts };
  }

  /** Marks the rows with the dataset, and drops their origins (for messages, not stored). */
  private stamp(rows: ModelRows): ModelRows {
    const stamped = stampDataset(rows, this.datasetId, this.version);
    const bare = <Row extends { origin?: unknown }>({ origin: _origin, ...row }: Row) => row;
    return {
      sources: stamped.sources.map(bare),
      entities: stamped.entities.map(bare),
      relationships: stamped.relationships.map(bare),
      citations: stamped.citations.map(bare),
    };
  }
}

/** Writes a whole dataset held in memory (the seed) in the caller's one transaction. */
export async function writeDataset(
  tx: WriteTransaction,
  dataset: DatasetDescriptor,
  rows: ModelRows,
  importedAt: Date = new Date(),
): Promise<DatasetCounts> {
  const writer = new DatasetTransactionWriter(tx, dataset.id, dataset.version);
  await writer.start();
  await writer.writeNodes(rows);
  await writer.writeLinks(rows);
  return writer.finish(dataset, importedAt);
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
