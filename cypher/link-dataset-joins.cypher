// Joins a dataset's entities to the records of other datasets that share a strong identifier
// with them (docs/model.md, "Joined records"): one SAME_AS per pair of records, from the lower
// id to the higher, `joinedOn` listing every key they share, owned by this dataset (the one
// written last). Run by the dataset writer after the dataset's nodes are written, in the same
// transaction. It first removes every SAME_AS that touches the dataset's entities, whoever made
// it, since their identifiers may have changed. Keys come from `identityKeys`
// (domain/model/identifier-keys.ts); a key that more than $maxRecordsPerKey records share is a
// placeholder, not an identity, and joins nothing. Records of one dataset are never joined.
// relationship types: identity (the registry's identity types, domain/model/relationship-types.ts)
// params: $dataset (string, dataset id), $maxRecordsPerKey (integer)
// columns: removed (integer, joins removed), joins (integer, joins made)
CALL {
  MATCH (:Entity { dataset: $dataset })-[old:SAME_AS]-(:Entity)
  WITH DISTINCT old
  DELETE old
  RETURN count(*) AS removed
}
CALL {
  // One pass over every record with keys (index entity_identity_keys), grouped by key: linear in
  // the keys held, where a lookup per key would scan every entity for each.
  MATCH (record:Entity)
  WHERE record.identityKeys IS NOT NULL
  UNWIND record.identityKeys AS key
  WITH key, collect(record) AS records
  WHERE size(records) > 1 AND size(records) <= $maxRecordsPerKey
    AND any(held IN records WHERE held.dataset = $dataset)
  UNWIND records AS a
  UNWIND records AS b
  WITH key, a, b
  WHERE a.id < b.id AND a.dataset <> b.dataset AND $dataset IN [a.dataset, b.dataset]
  WITH a, b, collect(key) AS keys
  CREATE (a)-[join:SAME_AS { id: 'join:' + a.id + '=' + b.id, dataset: $dataset }]->(b)
  SET join.joinedOn = keys
  RETURN count(join) AS joins
}
RETURN removed, joins
