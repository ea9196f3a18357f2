// Deletes entities and sources a dataset wrote earlier that its new version no longer holds.
// Nodes of other datasets (or added by users) are never touched. Nodes the seed wrote before
// datasets existed carry `seeded: true` instead, and count as the seed's.
// params: $dataset (string, dataset id), $entityIds (list of string), $sourceIds (list of string)
// columns: deletedEntities (integer), deletedSources (integer)
CALL {
  MATCH (e:Entity)
  WHERE (e.dataset = $dataset OR ($dataset = 'seed' AND e.seeded = true))
    AND NOT e.id IN $entityIds
  DETACH DELETE e
  RETURN count(*) AS deletedEntities
}
CALL {
  MATCH (s:Source)
  WHERE (s.dataset = $dataset OR ($dataset = 'seed' AND s.seeded = true))
    AND NOT s.id IN $sourceIds
  DETACH DELETE s
  RETURN count(*) AS deletedSources
}
RETURN deletedEntities, deletedSources
