// Deletes entities and sources an earlier seed wrote that the current seed no longer holds.
// Nodes without seeded: true (added by users or importers) are never touched.
// params: $entityIds (list of string), $sourceIds (list of string)
// columns: deletedEntities (integer), deletedSources (integer)
CALL {
  MATCH (e:Entity)
  WHERE e.seeded = true AND NOT e.id IN $entityIds
  DETACH DELETE e
  RETURN count(*) AS deletedEntities
}
CALL {
  MATCH (s:Source)
  WHERE s.seeded = true AND NOT s.id IN $sourceIds
  DETACH DELETE s
  RETURN count(*) AS deletedSources
}
RETURN deletedEntities, deletedSources
