// The subgraph of a chain down from an entity, once the walk has found its members
// (walk-chain-down.cypher, server/explorer/chain-read.ts): the members and every chain link
// out of it to another member (a SAME_AS join among them too). The sources the links cite come
// in the same answer, row by row (one round trip fewer; one row per member, because the driver reads
// many small records faster than one large one).
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $ids (list of strings: the entity ids of the members, the root among them),
//   $hiddenDatasets (list of strings: ids of datasets whose links are left out),
//   $days (list of strings "YYYY-MM-DD": only relationships that may have held on one of those
//   days are kept)
// columns: member (Entity node), links (list of chain links out of it to other members), sources (list of the properties of the Source nodes those links cite)
MATCH (member:Entity)
WHERE member.id IN $ids
OPTIONAL MATCH (member)-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT|SAME_AS]->(held:Entity)
WHERE held.id IN $ids AND NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND any(day IN $days WHERE coalesce(link.heldFrom, '') <= day
    AND coalesce(link.heldUntil, '9999-12-31') >= day)
WITH member, collect(link) AS links
CALL (links) {
  UNWIND links AS link
  UNWIND coalesce(link.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Source { id: sourceId })
  RETURN collect(source { .* }) AS sources
}
RETURN member, links, sources
