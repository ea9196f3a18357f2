// The summaries the datasets' records keep (set-dataset-summary.cypher), and which datasets have
// none yet.
// params: none
// columns: id (string), summary (string: JSON, or null when the dataset has none yet)
MATCH (d:Dataset)
RETURN d.id AS id, d.summary AS summary
ORDER BY d.id
