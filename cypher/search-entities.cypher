// Entities whose names, aliases or identifiers match a full-text query (index entity_search).
// The query text is built from the user's words by server/explorer/fulltext-query.ts.
// params: $query (string, Lucene syntax), $limit (integer)
// columns: node (Entity node), score (float)
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $limit })
YIELD node, score
WHERE node:Entity
RETURN node, score
ORDER BY score DESC, node.caption
