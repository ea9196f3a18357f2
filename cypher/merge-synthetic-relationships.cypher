// Loads a batch of synthetic benchmark relationships, rerunnable (MERGE on the relationship id).
// params: $rows (list of { id, type, from, to, shareExact, shareMin, shareMax })
// columns: count (integer)
UNWIND $rows AS row
MATCH (owner:Entity { id: row.from })
MATCH (owned:Entity { id: row.to })
MERGE (owner)-[r:$(row.type) { id: row.id }]->(owned)
SET r.shareExact = row.shareExact,
    r.shareMin = row.shareMin,
    r.shareMax = row.shareMax,
    r.directOrIndirect = 'direct',
    r.firmness = 'inferred',
    r.sourceIds = ['synthetic'],
    r.quotes = ['generated for benchmarks'],
    r.dataset = 'synthetic'
RETURN count(r) AS count
