// A dataset's summary for the start page of a large graph, computed once when the dataset is
// written (and at a start for a dataset that has none): its entities by type, its relationships
// by type, the entities with the most holdings, its ultimate parents (they hold others and no
// holding link reaches them) and, among the ultimate parents with the most direct holdings, the
// largest groups below them (the entities their holding links reach, at most 12 links down).
// Holdings count the links that may have held on $day. SAME_AS joins are not crossed: a parent
// whose twin in another dataset is held still counts here.
// relationship types: holding
// params: $dataset (string, dataset id), $day (string "YYYY-MM-DD"),
//   $top (integer: how many of each list), $groupCandidates (integer: how many ultimate parents
//   have their group counted)
// columns: entityTypes (list of {type, count}), relationshipTypes (list of {type, count}),
//   holders (integer), mostHoldings (list of {id, caption, type, holdings}),
//   ultimateParents (integer), topParents (list of {id, caption, type, holdings}),
//   groups (list of {id, caption, type, holdings, members})
CALL {
  MATCH (e:Entity { dataset: $dataset })
  WITH [label IN labels(e) WHERE label <> 'Entity'][0] AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({ type: type, count: count }) AS entityTypes
}
CALL {
  MATCH (:Entity { dataset: $dataset })-[link]->(:Entity)
  WHERE link.dataset = $dataset
  WITH type(link) AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({ type: type, count: count }) AS relationshipTypes
}
CALL {
  MATCH (e:Entity { dataset: $dataset })
  WITH e, COUNT {
    (e)-[out:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]->(:Entity)
    WHERE coalesce(out.heldFrom, '') <= $day AND coalesce(out.heldUntil, '9999-12-31') >= $day
  } AS holdings
  WHERE holdings > 0
  WITH e, holdings, NOT EXISTS {
    (e)<-[in:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(:Entity)
    WHERE coalesce(in.heldFrom, '') <= $day AND coalesce(in.heldUntil, '9999-12-31') >= $day
  } AS ultimate
  ORDER BY holdings DESC, e.id
  WITH collect({
    entity: e,
    id: e.id,
    caption: e.caption,
    type: [label IN labels(e) WHERE label <> 'Entity'][0],
    holdings: holdings,
    ultimate: ultimate
  }) AS holders
  WITH holders, [holder IN holders WHERE holder.ultimate] AS parents
  RETURN size(holders) AS holders,
    [holder IN holders[0..$top] | holder { .id, .caption, .type, .holdings }] AS mostHoldings,
    size(parents) AS ultimateParents,
    [parent IN parents[0..$top] | parent { .id, .caption, .type, .holdings }] AS topParents,
    parents[0..$groupCandidates] AS candidates
}
CALL {
  WITH candidates
  UNWIND candidates AS candidate
  WITH candidate, candidate.entity AS top
  OPTIONAL MATCH (top) ((higher)-[hop:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]->(lower)
    WHERE coalesce(hop.heldFrom, '') <= $day
      AND coalesce(hop.heldUntil, '9999-12-31') >= $day){1,12}
    (below:Entity)
  WITH candidate, count(DISTINCT below) AS members
  ORDER BY members DESC, candidate.id
  RETURN collect(candidate { .id, .caption, .type, .holdings, members: members })[0..$top] AS groups
}
RETURN entityTypes, relationshipTypes, holders, mostHoldings, ultimateParents, topParents, groups
