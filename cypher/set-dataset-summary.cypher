// Keeps a dataset's summary (summarise-dataset.cypher's answer, as JSON) on its record, for
// GET /api/datasets/:id/summary. Writing the dataset again (set-dataset) replaces the record and
// so drops the summary, which is then computed anew.
// params: $dataset (string, dataset id), $summary (string: JSON of the summary)
// columns: stored (integer: 1 when the dataset exists, else 0)
OPTIONAL MATCH (d:Dataset { id: $dataset })
SET d.summary = $summary
RETURN count(d) AS stored
