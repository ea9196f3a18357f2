// A first picture of the graph: entities and the relationships between them, capped.
// params: $limit (integer, relationships),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// columns: path
MATCH path = (from:Entity)-[link]->(to:Entity)
WHERE NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(from.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(to.dataset, '') IN $hiddenDatasets
RETURN path
LIMIT $limit
