// title: Who owned and controlled an entity as of a day
// description: The chains of ownership and control above the entity, keeping only the links
//   that may have held on the day (each relationship's held span: heldFrom … heldUntil, see
//   "Time" in docs/model.md), and whether every link of the chain surely held then.
// params: { "entityId": "aisino", "day": "2019-07-22" }
// columns: chain (path), surelyHeld (boolean)
MATCH chain = (:Entity)-[:OWNS|CONTROLS*1..10]->(:Entity { id: $entityId })
WHERE all(link IN relationships(chain)
  WHERE coalesce(link.heldFrom, '') <= $day AND coalesce(link.heldUntil, '9999-12-31') >= $day)
RETURN chain,
  all(link IN relationships(chain)
    WHERE coalesce(link.heldSurelyFrom, '9999-12-31') <= $day
      AND coalesce(link.heldSurelyUntil, '9999-12-31') >= $day) AS surelyHeld
ORDER BY length(chain)
LIMIT 100
