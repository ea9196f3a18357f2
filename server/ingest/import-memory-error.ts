/**
 * An online import writes a dataset in one transaction, so that it lands whole or not at all, and
 * Neo4j holds that transaction's changes in its heap until the commit. A register too large for
 * the memory Neo4j allows transactions is stopped by Neo4j; this says so in words a user can act
 * on, instead of Neo4j's own ("The allocation of an extra 2.0 MiB would use more than the limit
 * 1.4 GiB…"), which is kept at the end.
 */
import { Neo4jError } from "neo4j-driver";
import type { DatasetCounts } from "../../domain/ingest";
import { DEFAULT_NEO4J_HEAP } from "../config";

/** Neo4j stopped an import's transaction at its memory limit; nothing was written. */
export class ImportTooLargeError extends Error {
  override readonly name = "ImportTooLargeError";
}

// The whole pool of transaction memory (MemoryPoolOutOfMemoryError), one transaction's own limit
// (TransactionOutOfMemoryError), or the JVM's heap itself (OutOfMemoryError).
const OUT_OF_MEMORY = /^Neo\.(?:Transient|Client|Database)Error\.General\.\w*OutOfMemoryError$/;

function isOutOfMemory(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && OUT_OF_MEMORY.test(error.code);
}

/** What the import throws for an error from its write: the memory limit in words, or the error. */
export function importWriteFailure(error: unknown, counts: DatasetCounts): unknown {
  if (!isOutOfMemory(error)) return error;
  const rows =
    `${counts.entities.toLocaleString("en-GB")} entities, ` +
    `${counts.relationships.toLocaleString("en-GB")} relationships, ` +
    `${counts.sources.toLocaleString("en-GB")} sources and ` +
    `${counts.citations.toLocaleString("en-GB")} citations`;
  return new ImportTooLargeError(
    `This import is too large for the memory Neo4j gives one transaction, and nothing was ` +
      `written. It writes ${rows} in one transaction, so that it lands whole or not at all, and ` +
      `Neo4j stopped that transaction at its limit. Load the files in bulk into a new store ` +
      `(ownergraph import --bulk), give Neo4j more heap (OWNERGRAPH_NEO4J_HEAP, ${DEFAULT_NEO4J_HEAP} unless set; ` +
      `on your own Neo4j, server.memory.heap.max_size and db.memory.transaction.total.max), or ` +
      `split the register into smaller datasets. Neo4j said: ${error.message}`,
  );
}
