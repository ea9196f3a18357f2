// Everything above an entity: every simple path up the chain of owners and controllers
// (OWNS, CONTROLS, and for contracts and places SUPPLIES and PERFORMED_AT, all pointing
// owner → owned), from the top of each chain down to the entity. A path stops where nothing
// further owns or controls its top, where going on would revisit a node (cross-holdings), or
// at 15 links. ultimateOwner is the top node when nothing at all owns or controls it, else null.
// A SAME_AS link (one entity's records in two datasets) is crossed either way.
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string, entity id), $limit (integer, at most this many paths; a JS number is fine)
// columns: path (path, top first), ultimateOwner (node or null)
MATCH (start:Entity { id: $id })
MATCH path = (top:Entity) ((higher)-[hop:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(lower)
  WHERE hop:SAME_AS OR startNode(hop) = higher){1,15} (start)
WITH path, top, nodes(path) AS pathNodes
WHERE all(n IN pathNodes WHERE single(m IN pathNodes WHERE m = n))
  AND (length(path) = 15 OR NOT EXISTS {
    MATCH (above:Entity)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(top)
    WHERE (link:SAME_AS OR startNode(link) = above) AND NOT above IN pathNodes
  })
RETURN path,
  CASE WHEN EXISTS {
    MATCH (:Entity)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(top)
    WHERE link:SAME_AS OR endNode(link) = top
  } THEN null ELSE top END AS ultimateOwner
ORDER BY length(path), top.id
LIMIT toInteger($limit)
