// The shortest chain of relationships between two different entities, in either direction,
// through entities only (no SOURCED_FROM), at most 12 links long.
// relationship types: all (every type of the registry, domain/model/relationship-types.ts)
// params: $fromId (string), $toId (string),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: path (path)
MATCH (from:Entity { id: $fromId }), (to:Entity { id: $toId })
MATCH path = shortestPath(
  (from)-[:OWNS|CONTROLS|SUPPLIES|AWARDED|PERFORMED_AT|OFFICER_OF|LISTS|FOUNDED*..12]-(to)
)
WHERE all(step IN relationships(path) WHERE NOT coalesce(step.dataset, '') IN $hiddenDatasets
    AND coalesce(step.heldFrom, '') <= $day AND coalesce(step.heldUntil, '9999-12-31') >= $day)
  AND all(member IN nodes(path) WHERE NOT coalesce(member.dataset, '') IN $hiddenDatasets)
RETURN path
