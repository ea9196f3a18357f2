// An entity's relationships to other entities counted by type, in one direction or both:
// the honest totals behind paged expansion and its type filter.
// params: $id (string), $direction (string: "out", "in" or "both"),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: type (string), count (integer)
MATCH (entity:Entity { id: $id })-[link]-(other:Entity)
WHERE ($direction = 'both'
   OR ($direction = 'out' AND startNode(link) = entity)
   OR ($direction = 'in' AND endNode(link) = entity))
  AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
  AND NOT coalesce(other.dataset, '') IN $hiddenDatasets
RETURN type(link) AS type, count(link) AS count
ORDER BY type
