// The entities above the given ones along the chain links, toward owners and controllers
// (OWNS, CONTROLS, SUPPLIES, PERFORMED_AT, owner → owned; at most 12 links from a start), each
// once. The walk follows the links' direction only, so Neo4j walks it breadth first and visits
// each entity once, however many diamonds and rings lie above. A SAME_AS join (records of two
// datasets that are one entity) is not walked here: the records joined to the starts or to what
// was found come back as twins, and the server walks on from them (server/explorer/chain-read.ts).
// relationship types: holding, identity
// params: $ids (list of strings, entity ids to start from),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out),
//   $days (list of strings "YYYY-MM-DD": only relationships that may have held on one of those
//   days are walked; one day for a chain as of that day, two to compare them),
//   $maxFound (integer: the walk stops once it has found this many entities, so a chain of
//   hundreds of thousands costs what the first ones cost; the server then says "at least")
// columns: found (list of entity ids above the starts), twins (list of ids of records joined to a start or to a found entity, neither among them)
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
CALL (starts) {
  UNWIND starts AS start
  MATCH (start) ((lower)<-[hop:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(higher)
    WHERE NOT coalesce(hop.dataset, '') IN $hiddenDatasets
      AND NOT coalesce(higher.dataset, '') IN $hiddenDatasets
      AND any(day IN $days WHERE coalesce(hop.heldFrom, '') <= day
        AND coalesce(hop.heldUntil, '9999-12-31') >= day)){1,12}
    (upper:Entity)
  WITH DISTINCT upper
  LIMIT $maxFound
  RETURN collect(upper) AS uppers
}
RETURN [upper IN uppers | upper.id] AS found,
  COLLECT {
    UNWIND starts + uppers AS member
    MATCH (member)-[join:SAME_AS]-(twin:Entity)
    WHERE NOT twin IN starts AND NOT twin IN uppers
      AND NOT coalesce(join.dataset, '') IN $hiddenDatasets
      AND NOT coalesce(twin.dataset, '') IN $hiddenDatasets
    RETURN DISTINCT twin.id
  } AS twins
