// Everything below an entity: every simple path down what it owns or controls (OWNS, CONTROLS,
// SUPPLIES, PERFORMED_AT, all pointing owner → owned), from the entity to the end of each
// chain; a SAME_AS link (one entity's records in two datasets) is crossed either way. A path
// stops where its last node owns or controls nothing further, where going on
// would revisit a node (cross-holdings), or at 15 links.
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string, entity id), $limit (integer, at most this many paths; a JS number is fine)
// columns: path (path, the entity first), holding (node, the last node of the path)
MATCH (start:Entity { id: $id })
MATCH path = (start) ((higher)-[hop:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(lower)
  WHERE hop:SAME_AS OR startNode(hop) = higher){1,15} (holding:Entity)
WITH path, holding, nodes(path) AS pathNodes
WHERE all(n IN pathNodes WHERE single(m IN pathNodes WHERE m = n))
  AND (length(path) = 15 OR NOT EXISTS {
    MATCH (holding)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(below:Entity)
    WHERE (link:SAME_AS OR startNode(link) = holding) AND NOT below IN pathNodes
  })
RETURN path, holding
ORDER BY length(path), holding.id
LIMIT toInteger($limit)
