// Records which seed the database holds; get-seed-version reads it at the next start.
// params: $key (string, always "seed"), $seedVersion (string)
// columns: seedVersion (string)
MERGE (m:OwnergraphMeta { key: $key })
SET m.seedVersion = $seedVersion
RETURN m.seedVersion AS seedVersion
