// One page of an entity's relationships to other entities, with the entity at the other end.
// Ownership and control come first, largest stated share first, then by name, so pages are
// stable and the first page holds what matters most. The sources the page's links cite come in
// the same answer. No row when the page is empty.
// params: $id (string), $types (list of strings, empty for every type), $direction (string: "out", "in" or "both"), $skip (integer), $limit (integer),
//   $ownershipTypes, $controlTypes (lists of strings: the registry's ownership and control kinds, listed first),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: entity (Entity node), page (list of { link: relationship, neighbour: Entity node }, in page order), sources (list of the cited Source nodes' properties)
MATCH (entity:Entity { id: $id })-[link]-(neighbour:Entity)
WHERE (size($types) = 0 OR type(link) IN $types)
  AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
  AND NOT coalesce(neighbour.dataset, '') IN $hiddenDatasets
  AND ($direction = 'both'
    OR ($direction = 'out' AND startNode(link) = entity)
    OR ($direction = 'in' AND endNode(link) = entity))
WITH entity, link, neighbour
ORDER BY
  CASE WHEN type(link) IN $ownershipTypes THEN 0 WHEN type(link) IN $controlTypes THEN 1 ELSE 2 END,
  coalesce(link.shareExact, link.shareMax, link.shareMin, -1) DESC,
  type(link),
  coalesce(neighbour.caption, neighbour.id),
  elementId(link)
SKIP $skip
LIMIT $limit
WITH entity, collect({ link: link, neighbour: neighbour }) AS page
CALL (page) {
  UNWIND page AS item
  UNWIND coalesce(item.link.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Source { id: sourceId })
  RETURN collect(source { .* }) AS sources
}
RETURN entity, page, sources
