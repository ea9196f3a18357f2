// Nodes by their element ids: the ends of relationships a console result returned alone.
// params: $elementIds (list of strings)
// columns: node
MATCH (node)
WHERE elementId(node) IN $elementIds
RETURN node
