// title: Every contract with its supplier and the supplier's owners
// description: Who awarded each contract, who supplies it, where it is performed, and who owns
//   or controls the supplier; the links column draws them on the canvas.
// params: none
// columns: contract (node), supplier (node), ownersOfSupplier (list of nodes), awardedBy (node),
//   places (list of nodes), links (list of paths)
MATCH (contract:Contract)
OPTIONAL MATCH awarded = (awardedBy:Entity)-[:AWARDED]->(contract)
OPTIONAL MATCH supplied = (supplier:Entity)-[:SUPPLIES]->(contract)
OPTIONAL MATCH performed = (contract)-[:PERFORMED_AT]->(place:Place)
OPTIONAL MATCH owned = (owner:Entity)-[:OWNS|CONTROLS]->(supplier)
RETURN contract, supplier, collect(DISTINCT owner) AS ownersOfSupplier, awardedBy,
       collect(DISTINCT place) AS places,
       collect(DISTINCT awarded) + collect(DISTINCT supplied) + collect(DISTINCT performed)
         + collect(DISTINCT owned) AS links
ORDER BY contract.caption
