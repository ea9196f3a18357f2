// The seed version the database holds, or no row when it holds none.
// params: $key (string, always "seed")
// columns: seedVersion (string)
MATCH (m:OwnergraphMeta { key: $key })
RETURN m.seedVersion AS seedVersion
