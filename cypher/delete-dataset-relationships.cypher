// Deletes every relationship a dataset wrote before a reload writes them afresh (their ends may
// have changed); relationships of other datasets, and ones users added, stay. Relationships the
// seed wrote before datasets existed carry `seeded: true` instead, and go with the seed.
// params: $dataset (string, dataset id)
// columns: deleted (integer)
MATCH ()-[r]->()
WHERE r.dataset = $dataset OR ($dataset = 'seed' AND r.seeded = true)
DELETE r
RETURN count(*) AS deleted
