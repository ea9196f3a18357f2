// The version of a dataset the database holds, or no row when it holds none.
// params: $id (string, dataset id)
// columns: version (string)
MATCH (d:Dataset { id: $id })
RETURN d.version AS version
