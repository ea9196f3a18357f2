// Creates or updates the seed's entities, keyed by id, with exactly one type label.
// Labels cannot be parameters, so each allowed label has its own FOREACH branch; a row whose
// type matches none keeps only :Entity (the validator rejects such rows before this runs).
// params: $rows (list of { id, type, properties }; type one of Company, PublicBody, Person,
//   Contract, Place; properties include id, caption, searchText and seeded: true)
// columns: written (integer)
UNWIND $rows AS row
MERGE (e:Entity { id: row.id })
SET e = row.properties
REMOVE e:Company:PublicBody:Person:Contract:Place
FOREACH (_ IN CASE WHEN row.type = 'Company' THEN [1] ELSE [] END | SET e:Company)
FOREACH (_ IN CASE WHEN row.type = 'PublicBody' THEN [1] ELSE [] END | SET e:PublicBody)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Contract' THEN [1] ELSE [] END | SET e:Contract)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
RETURN count(e) AS written
