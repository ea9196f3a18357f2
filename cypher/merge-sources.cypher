// Creates or updates a dataset's source documents, keyed by id. SET = replaces all properties,
// so a value removed from the data does not linger.
// params: $rows (list of { id, properties }; properties include id and dataset)
// columns: written (integer)
UNWIND $rows AS row
MERGE (s:Source { id: row.id })
SET s = row.properties
RETURN count(s) AS written
