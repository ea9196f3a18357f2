// Creates or updates the seed's relationships between entities, keyed by id.
// Relationship types cannot be parameters, so each allowed type has its own FOREACH branch.
// params: $rows (list of { id, type, from, to, properties }; type one of OWNS, CONTROLS,
//   SUPPLIES, AWARDED, PERFORMED_AT, OFFICER_OF, LISTS, FOUNDED; from and to are entity ids)
// columns: written (integer)
UNWIND $rows AS row
MATCH (a:Entity { id: row.from })
MATCH (b:Entity { id: row.to })
FOREACH (_ IN CASE WHEN row.type = 'OWNS' THEN [1] ELSE [] END |
  MERGE (a)-[r:OWNS { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'CONTROLS' THEN [1] ELSE [] END |
  MERGE (a)-[r:CONTROLS { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPLIES { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'AWARDED' THEN [1] ELSE [] END |
  MERGE (a)-[r:AWARDED { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'PERFORMED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:PERFORMED_AT { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'OFFICER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:OFFICER_OF { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'LISTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:LISTS { id: row.id }]->(b) SET r = row.properties)
FOREACH (_ IN CASE WHEN row.type = 'FOUNDED' THEN [1] ELSE [] END |
  MERGE (a)-[r:FOUNDED { id: row.id }]->(b) SET r = row.properties)
RETURN count(*) AS written
