// Entities whose names, aliases or identifiers match a full-text query (index entity_search).
// The query text is built from the user's words by server/explorer/fulltext-query.ts.
// params: $query (string, Lucene syntax), $candidates (integer, index hits read before the
//   datasets filter), $limit (integer, hits kept), $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// columns: node (Entity node), score (float)
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates })
YIELD node, score
WHERE node:Entity AND NOT coalesce(node.dataset, '') IN $hiddenDatasets
RETURN node, score
ORDER BY score DESC, node.caption
LIMIT $limit
