// Everything above an entity along the chain links, toward owners and controllers
// (OWNS, CONTROLS, SUPPLIES, PERFORMED_AT; at most 12 links deep), as the subgraph of those
// entities and every chain link among them. Each entity is collected once, so rings of
// cross-holdings end the walk instead of looping; the arithmetic reports them. The sources the
// links cite come in the same answer, row by row (one round trip fewer; one row per member,
// because the driver reads many small records faster than one large one).
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string), $limit (integer, most entities kept above the root),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $day (string "YYYY-MM-DD": only relationships that may have held that day are kept)
// columns: member (Entity node), links (list of chain links into it from other members), total (integer, entities above before the cap), sources (list of the properties of the Source nodes those links cite)
MATCH (root:Entity { id: $id })
OPTIONAL MATCH walk = (root)<-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT*1..12]-(upper:Entity)
WHERE all(step IN relationships(walk) WHERE NOT coalesce(step.dataset, '') IN $hiddenDatasets
    AND coalesce(step.heldFrom, '') <= $day AND coalesce(step.heldUntil, '9999-12-31') >= $day)
  AND all(node IN tail(nodes(walk)) WHERE NOT coalesce(node.dataset, '') IN $hiddenDatasets)
WITH root, collect(DISTINCT upper) AS uppers
WITH [root] + uppers[..$limit] AS members, size(uppers) AS total
UNWIND members AS member
OPTIONAL MATCH (member)<-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(owner:Entity)
WHERE owner IN members AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
WITH member, collect(link) AS links, total
CALL (links) {
  UNWIND links AS link
  UNWIND coalesce(link.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Source { id: sourceId })
  RETURN collect(source { .* }) AS sources
}
RETURN member, links, total, sources
