// Links each entity to the sources of its properties: one SOURCED_FROM per citation, naming
// the properties it backs (an empty list backs the entity's existence).
// params: $rows (list of { id, entityId, sourceId, properties }; properties are
//   { id, properties, quote, quoteKind, firmness, dataset })
// columns: written (integer)
UNWIND $rows AS row
MATCH (e:Entity { id: row.entityId })
MATCH (s:Source { id: row.sourceId })
MERGE (e)-[r:SOURCED_FROM { id: row.id }]->(s)
SET r = row.properties
RETURN count(r) AS written
