// Loads a batch of synthetic benchmark entities (bench/synthetic/), rerunnable.
// The type label is set with Cypher's dynamic label syntax from a parameter, never spliced.
// params: $rows (list of { id, type, name, searchText })
// columns: count (integer)
UNWIND $rows AS row
MERGE (e:Entity { id: row.id })
SET e:$(row.type),
    e.name = row.name,
    e.caption = row.name,
    e.names = [row.name],
    e.searchText = row.searchText,
    e.dataset = 'synthetic'
RETURN count(e) AS count
