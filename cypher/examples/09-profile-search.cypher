// title: PROFILE a name search
// description: Full-text search over names, aliases and identifiers, with the plan Neo4j ran
//   and its row and db-hit counts.
// params: { "text": "aisino" }
// columns: entity (node), score (float)
PROFILE
CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
RETURN node AS entity, score
ORDER BY score DESC
LIMIT 10
