// Deletes entities and sources a dataset wrote earlier that its new version no longer holds:
// every node the new version writes carries its version in `datasetVersion`, so those left with
// another (or none) are stale. Nodes of other datasets (or added by users) are never touched.
// Nodes the seed wrote before datasets existed carry `seeded: true` instead, and count as the
// seed's.
// params: $dataset (string, dataset id), $version (string, the version just written)
// columns: deletedEntities (integer), deletedSources (integer)
CALL {
  MATCH (e:Entity)
  WHERE (e.dataset = $dataset OR ($dataset = 'seed' AND e.seeded = true))
    AND coalesce(e.datasetVersion, '') <> $version
  DETACH DELETE e
  RETURN count(*) AS deletedEntities
}
CALL {
  MATCH (s:Source)
  WHERE (s.dataset = $dataset OR ($dataset = 'seed' AND s.seeded = true))
    AND coalesce(s.datasetVersion, '') <> $version
  DETACH DELETE s
  RETURN count(*) AS deletedSources
}
RETURN deletedEntities, deletedSources
