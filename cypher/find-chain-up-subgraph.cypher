// Everything above an entity along the chain links, toward owners and controllers
// (OWNS, CONTROLS, SUPPLIES, PERFORMED_AT; at most 12 links deep), as the subgraph of those
// entities and every chain link among them. Each entity is collected once, so rings of
// cross-holdings end the walk instead of looping; the arithmetic reports them.
// params: $id (string), $limit (integer, most entities kept above the root)
// columns: member (Entity node), links (list of chain links into it from other members), total (integer, entities above before the cap)
MATCH (root:Entity { id: $id })
OPTIONAL MATCH (root)<-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT*1..12]-(upper:Entity)
WITH root, collect(DISTINCT upper) AS uppers
WITH [root] + uppers[..$limit] AS members, size(uppers) AS total
UNWIND members AS member
OPTIONAL MATCH (member)<-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(owner:Entity)
WHERE owner IN members
RETURN member, collect(link) AS links, total
