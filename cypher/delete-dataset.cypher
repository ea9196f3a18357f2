// Removes a dataset: every relationship, entity and source it wrote, and its record. Nothing
// another dataset wrote is touched (ids are scoped by dataset, so no node is shared).
// params: $dataset (string, dataset id)
// columns: relationships (integer), nodes (integer), datasets (integer)
CALL {
  MATCH (e:Entity { dataset: $dataset })-[r]-()
  WHERE r.dataset = $dataset
  WITH DISTINCT r
  DELETE r
  RETURN count(*) AS relationships
}
CALL {
  MATCH (n { dataset: $dataset })
  WHERE n:Entity OR n:Source
  DETACH DELETE n
  RETURN count(*) AS nodes
}
CALL {
  MATCH (d:Dataset { id: $dataset })
  DELETE d
  RETURN count(*) AS datasets
}
RETURN relationships, nodes, datasets
