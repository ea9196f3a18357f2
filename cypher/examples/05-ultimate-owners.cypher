// title: Ultimate owners and controllers of an entity
// description: Chains of ownership and control that end at an owner nobody is recorded as
//   owning or controlling.
// params: { "entityId": "aisino" }
// columns: top (node), chain (path), hops (integer)
MATCH chain = (top:Entity)-[:OWNS|CONTROLS*1..10]->(:Entity { id: $entityId })
WHERE NOT EXISTS { (:Entity)-[:OWNS|CONTROLS]->(top) }
RETURN top, chain, length(chain) AS hops
ORDER BY hops, top.caption
LIMIT 50
