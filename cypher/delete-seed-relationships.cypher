// Deletes every relationship the seed wrote (marked seeded: true) before a reload writes them
// afresh; relationships users added carry no such mark and stay.
// params: none
// columns: deleted (integer)
MATCH ()-[r]->()
WHERE r.seeded = true
DELETE r
RETURN count(*) AS deleted
