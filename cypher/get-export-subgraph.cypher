// The subgraph among the given nodes, for an export: each node named by its entity or source
// id, or by its element id; every relationship that runs between two of them.
// params: $ids (list of strings: entity ids, source ids or element ids)
// columns: node (node), links (list of relationships from it to the other nodes)
CALL {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n) WHERE elementId(n) IN $ids RETURN n
}
WITH collect(n) AS members
UNWIND members AS node
OPTIONAL MATCH (node)-[link]->(other)
WHERE other IN members
RETURN node, collect(link) AS links
