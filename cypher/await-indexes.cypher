// Waits until every index is online (the full-text index populates asynchronously).
// params: $seconds (integer)
// columns: none
CALL db.awaitIndexes($seconds)
