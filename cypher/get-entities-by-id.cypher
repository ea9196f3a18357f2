// Entities by id and the relationships among them: restores a saved view.
// params: $ids (list of strings), $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: entity (Entity node), links (list of relationships from it to the other entities)
MATCH (entity:Entity)
WHERE entity.id IN $ids AND NOT coalesce(entity.dataset, '') IN $hiddenDatasets
OPTIONAL MATCH (entity)-[link]->(other:Entity)
WHERE other.id IN $ids AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
  AND NOT coalesce(other.dataset, '') IN $hiddenDatasets
RETURN entity, collect(link) AS links
