// Sources by id: resolves the citations (sourceIds) of relationships and properties.
// params: $ids (list of strings)
// columns: source (Source node)
MATCH (source:Source)
WHERE source.id IN $ids
RETURN source
