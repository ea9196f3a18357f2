// Everything below an entity along the chain links (toward what it owns or controls; at most
// 12 links deep) as of either of two days, for the change list between them: the walk and the
// links keep a relationship that may have held on $from or on $to (the app's domain splits
// them by day). As find-chain-down-subgraph.cypher, one read for both days.
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string), $limit (integer, most entities kept below the root),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $from, $to (strings "YYYY-MM-DD": the two days)
// columns: member (Entity node), links (list of chain links between it and other members), total (integer, entities before the cap), sources (list of the properties of the Source nodes those links cite)
MATCH (root:Entity { id: $id })
OPTIONAL MATCH walk = (root) ((higher)-[hop:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]-(further)
  WHERE (hop:SAME_AS OR startNode(hop) = higher)
    AND ((coalesce(hop.heldFrom, '') <= $from AND coalesce(hop.heldUntil, '9999-12-31') >= $from)
      OR (coalesce(hop.heldFrom, '') <= $to AND coalesce(hop.heldUntil, '9999-12-31') >= $to))){1,12}
  (other:Entity)
WHERE all(step IN relationships(walk) WHERE NOT coalesce(step.dataset, '') IN $hiddenDatasets)
  AND all(node IN tail(nodes(walk)) WHERE NOT coalesce(node.dataset, '') IN $hiddenDatasets)
WITH root, collect(DISTINCT other) AS others
WITH [root] + others[..$limit] AS members, size(others) AS total
UNWIND members AS member
OPTIONAL MATCH (member)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]->(held:Entity)
WHERE held IN members AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND ((coalesce(link.heldFrom, '') <= $from AND coalesce(link.heldUntil, '9999-12-31') >= $from)
    OR (coalesce(link.heldFrom, '') <= $to AND coalesce(link.heldUntil, '9999-12-31') >= $to))
WITH member, collect(link) AS links, total
CALL (links) {
  UNWIND links AS link
  UNWIND coalesce(link.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Source { id: sourceId })
  RETURN collect(source { .* }) AS sources
}
RETURN member, links, total, sources
