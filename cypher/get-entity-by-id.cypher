// One entity, the sourced statements about its own properties, and its relationships counted
// by type (to other entities, both directions) among those that may have held on the day.
// params: $id (string), $day (string "YYYY-MM-DD": only relationships that may have held that day are counted)
// columns: entity (Entity node), citations (list of { properties, sourceId, quote, quoteKind, firmness }), counts (list of { type, count })
MATCH (entity:Entity { id: $id })
CALL (entity) {
  OPTIONAL MATCH (entity)-[cited:SOURCED_FROM]->(source:Source)
  RETURN collect(CASE WHEN source IS NULL THEN null ELSE {
    properties: coalesce(cited.properties, []),
    sourceId: source.id,
    quote: cited.quote,
    quoteKind: cited.quoteKind,
    firmness: cited.firmness
  } END) AS citations
}
CALL (entity) {
  OPTIONAL MATCH (entity)-[link]-(:Entity)
  WHERE coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day
  WITH type(link) AS type, count(link) AS count
  WHERE type IS NOT NULL
  RETURN collect({ type: type, count: count }) AS counts
}
RETURN entity, citations, counts
