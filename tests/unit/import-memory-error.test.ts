// An online import too large for Neo4j's transaction memory: Neo4j's error (as the driver raised
// it in `npm run bench -- --scale 100k`, heap 2g) becomes one a user can act on; other errors
// pass unchanged.
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ImportTooLargeError, importWriteFailure } from "../../server/ingest/import-memory-error";

const COUNTS = { sources: 256_137, entities: 103_086, relationships: 154_488, citations: 100_000 };
const POOL_MESSAGE =
  "The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached";

function neo4jError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, "50N42", "error: general processing exception");
}

describe("importWriteFailure", () => {
  it("says what was too large, that nothing was written, and the three ways out", () => {
    const failure = importWriteFailure(
      neo4jError(POOL_MESSAGE, "Neo.TransientError.General.MemoryPoolOutOfMemoryError"),
      COUNTS,
    );
    expect(failure).toBeInstanceOf(ImportTooLargeError);
    const { message } = failure as ImportTooLargeError;
    expect(message).toMatch(/^This import is too large for the memory Neo4j gives one transaction/);
    expect(message).toContain("nothing was written");
    expect(message).toContain(
      "103,086 entities, 154,488 relationships, 256,137 sources and 100,000 citations",
    );
    expect(message).toContain("ownergraph import --bulk");
    expect(message).toContain("OWNERGRAPH_NEO4J_HEAP, 1g unless set");
    expect(message).toContain("db.memory.transaction.total.max");
    expect(message).toContain("smaller datasets");
    expect(message.endsWith(`Neo4j said: ${POOL_MESSAGE}`)).toBe(true);
  });

  it("knows one transaction's own limit and the heap's", () => {
    for (const code of [
      "Neo.ClientError.General.TransactionOutOfMemoryError",
      "Neo.TransientError.General.OutOfMemoryError",
    ]) {
      expect(importWriteFailure(neo4jError("no room", code), COUNTS)).toBeInstanceOf(
        ImportTooLargeError,
      );
    }
  });

  it("passes every other error through unchanged", () => {
    const others = [
      neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected"),
      neo4jError("constraint", "Neo.ClientError.Schema.ConstraintValidationFailed"),
      new Error("OutOfMemoryError in a message is not Neo4j's code"),
    ];
    for (const error of others) expect(importWriteFailure(error, COUNTS)).toBe(error);
  });
});
