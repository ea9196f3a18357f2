// title: Companies on the US Section 1260H list, and what they supply
// description: Entities the US Department of Defense lists, and the contracts they or the
//   companies they own or control supply.
// params: { "listerId": "us-department-of-defense" }
// columns: listing (path), supply (path)
MATCH listing = (:Entity { id: $listerId })-[:LISTS]->(listed:Entity)
OPTIONAL MATCH supply = (listed)-[:OWNS|CONTROLS*0..3]->(:Entity)-[:SUPPLIES]->(:Contract)
RETURN listing, supply
