// title: What changed around an entity between two days
// description: The entity's relationships that may have held on one of the two days but not on
//   the other: appeared or ended between them, with the stated share and the sources they cite
//   (the US listing of Aisino appears between 2019 and 2025).
// params: { "entityId": "aisino", "from": "2019-07-22", "to": "2025-06-30" }
// columns: change (string), type (string), other (string), share (float or null), sourceIds (list), link (relationship)
MATCH (:Entity { id: $entityId })-[link]-(other:Entity)
WITH link, other,
  coalesce(link.heldFrom, '') <= $from AND coalesce(link.heldUntil, '9999-12-31') >= $from AS before,
  coalesce(link.heldFrom, '') <= $to AND coalesce(link.heldUntil, '9999-12-31') >= $to AS after
WHERE before <> after
RETURN CASE WHEN after THEN 'appeared' ELSE 'ended' END AS change, type(link) AS type,
  other.caption AS other, link.shareExact AS share, link.sourceIds AS sourceIds, link
ORDER BY change, other
