// Entities by id and the relationships among them: restores a saved view.
// params: $ids (list of strings)
// columns: entity (Entity node), links (list of relationships from it to the other entities)
MATCH (entity:Entity)
WHERE entity.id IN $ids
OPTIONAL MATCH (entity)-[link]->(other:Entity)
WHERE other.id IN $ids
RETURN entity, collect(link) AS links
