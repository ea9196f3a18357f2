// title: Everything within two steps of an entity
// description: Every path of one or two relationships from the entity, in any direction.
// params: { "entityId": "aisino" }
// columns: path (path)
MATCH path = (:Entity { id: $entityId })-[*1..2]-(other)
WHERE NOT other:Dataset
RETURN path
LIMIT 200
