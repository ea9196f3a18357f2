// Everything below an entity: every simple path down what it owns or controls (OWNS, CONTROLS,
// SUPPLIES, PERFORMED_AT, all pointing owner → owned), from the entity to the end of each
// chain. A path stops where its last node owns or controls nothing further, where going on
// would revisit a node (cross-holdings), or at 15 links.
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string, entity id), $limit (integer, at most this many paths; a JS number is fine)
// columns: path (path, the entity first), holding (node, the last node of the path)
MATCH (start:Entity { id: $id })
MATCH path = (start)-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT*1..15]->(holding:Entity)
WITH path, holding, nodes(path) AS pathNodes
WHERE all(n IN pathNodes WHERE single(m IN pathNodes WHERE m = n))
  AND (length(path) = 15 OR NOT EXISTS {
    MATCH (holding)-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]->(below:Entity)
    WHERE NOT below IN pathNodes
  })
RETURN path, holding
ORDER BY length(path), holding.id
LIMIT toInteger($limit)
