// A first picture of the graph: entities and the relationships between them, capped.
// params: $limit (integer, relationships),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: path
MATCH path = (from:Entity)-[link]->(to:Entity)
WHERE NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
  AND NOT coalesce(from.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(to.dataset, '') IN $hiddenDatasets
RETURN path
LIMIT $limit
