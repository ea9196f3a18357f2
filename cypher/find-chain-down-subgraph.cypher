// Everything below an entity along the chain links, toward what it owns or controls
// (OWNS, CONTROLS, SUPPLIES, PERFORMED_AT; at most 12 links deep), as the subgraph of those
// entities and every chain link among them. Each entity is collected once, so rings of
// cross-holdings end the walk instead of looping; the arithmetic reports them.
// params: $id (string), $limit (integer, most entities kept below the root)
// columns: member (Entity node), links (list of chain links out of it to other members), total (integer, entities below before the cap)
MATCH (root:Entity { id: $id })
OPTIONAL MATCH (root)-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT*1..12]->(lower:Entity)
WITH root, collect(DISTINCT lower) AS lowers
WITH [root] + lowers[..$limit] AS members, size(lowers) AS total
UNWIND members AS member
OPTIONAL MATCH (member)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]->(held:Entity)
WHERE held IN members
RETURN member, collect(link) AS links, total
