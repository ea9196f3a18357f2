// Records a dataset the database holds: what it is, its version and what it wrote. The next
// start (or import) reads the version with get-dataset-version. The seed's record from before
// datasets existed (OwnergraphMeta) is removed.
// params: $dataset (map: id, title, format, version, fileNames, fileChecksums, publisher,
//   licence, importedAt, sources, entities, relationships, citations)
// columns: version (string)
MERGE (d:Dataset { id: $dataset.id })
SET d = $dataset
WITH d
OPTIONAL MATCH (legacy:OwnergraphMeta { key: $dataset.id })
DELETE legacy
RETURN d.version AS version
