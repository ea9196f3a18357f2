// title: Every claim of one source
// description: The relationships a source backs (its id in sourceIds) and the entity facts it
//   backs (SOURCED_FROM), each with the source's words.
// params: { "sourceId": "rfa-2019-07-22-aisino-hk-checkpoints" }
// columns: kind (string), subject (node), claim (relationship), object (node), quote (string)
MATCH (source:Source { id: $sourceId })
CALL (source) {
  MATCH (subject:Entity)-[claim]->(object:Entity)
  WHERE source.id IN claim.sourceIds
  RETURN 'relationship' AS kind, subject, claim, object,
         [i IN range(0, size(claim.sourceIds) - 1) WHERE claim.sourceIds[i] = source.id
           | claim.quotes[i]][0] AS quote
  UNION
  MATCH (subject:Entity)-[claim:SOURCED_FROM]->(source)
  RETURN 'entity fact' AS kind, subject, claim, source AS object, claim.quote AS quote
}
RETURN kind, subject, claim, object, quote
ORDER BY kind, subject.caption
