// Creates or updates a dataset's entities, keyed by id, with exactly one type label. Labels are
// set with Cypher's dynamic label syntax from parameters, never spliced: every entity-type label
// is removed, then the row's own is set (the validator admits only the registry's types).
// params: $rows (list of { id, type, properties }; properties include id, caption, searchText
//   and dataset), $entityTypes (list of strings: every entity type of domain/model)
// columns: written (integer)
UNWIND $rows AS row
MERGE (e:Entity { id: row.id })
SET e = row.properties
REMOVE e:$($entityTypes)
SET e:$(row.type)
RETURN count(e) AS written
