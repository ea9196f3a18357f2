// Creates or updates a dataset's relationships between entities, keyed by id. The type is set
// with Cypher's dynamic type syntax from the row, never spliced; the validator admits only the
// registry's types (domain/model/relationship-types.ts).
// params: $rows (list of { id, type, from, to, properties }; from and to are entity ids)
// columns: written (integer)
UNWIND $rows AS row
MATCH (a:Entity { id: row.from })
MATCH (b:Entity { id: row.to })
MERGE (a)-[r:$(row.type) { id: row.id }]->(b)
SET r = row.properties
RETURN count(*) AS written
