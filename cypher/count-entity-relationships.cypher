// An entity's relationships to other entities counted by type, in one direction or both:
// the honest totals behind paged expansion and its type filter.
// params: $id (string), $direction (string: "out", "in" or "both"),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// columns: type (string), count (integer)
MATCH (entity:Entity { id: $id })-[link]-(other:Entity)
WHERE ($direction = 'both'
   OR ($direction = 'out' AND startNode(link) = entity)
   OR ($direction = 'in' AND endNode(link) = entity))
  AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(other.dataset, '') IN $hiddenDatasets
RETURN type(link) AS type, count(link) AS count
ORDER BY type
