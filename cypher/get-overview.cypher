// A first picture of the graph: entities and the relationships between them, capped.
// params: $limit (integer, relationships)
// columns: path
MATCH path = (:Entity)-[]->(:Entity)
RETURN path
LIMIT $limit
