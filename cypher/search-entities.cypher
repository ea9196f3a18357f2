// Entities whose names, aliases or identifiers match a full-text query (index entity_search),
// each with the records joined with it (the search shows one hit per joined entity).
// The query text is built from the user's words by server/explorer/fulltext-query.ts.
// params: $query (string, Lucene syntax), $candidates (integer, index hits read before the
//   datasets filter), $limit (integer, hits kept), $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// relationship types: identity (the registry's identity types, domain/model/relationship-types.ts)
// columns: node (Entity node), score (float), joinedIds (list of strings: the ids of the other
//   records joined with it as one entity, SAME_AS, in datasets not hidden)
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates })
YIELD node, score
WHERE node:Entity AND NOT coalesce(node.dataset, '') IN $hiddenDatasets
RETURN node, score,
  [(node)-[:SAME_AS*1..4]-(twin:Entity)
    WHERE twin <> node AND NOT coalesce(twin.dataset, '') IN $hiddenDatasets | twin.id] AS joinedIds
ORDER BY score DESC, node.caption
LIMIT $limit
