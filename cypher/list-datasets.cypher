// Every dataset the database holds, with what it is and what it wrote.
// params: none
// columns: dataset (map: id, title, format, version, fileNames, fileChecksums, publisher,
//   licence, importedAt, sources, entities, relationships, citations)
MATCH (d:Dataset)
RETURN d { .* } AS dataset
ORDER BY d.id
