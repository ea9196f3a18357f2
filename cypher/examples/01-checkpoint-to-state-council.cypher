// title: From a border checkpoint up to the State Council
// description: Every chain from a checkpoint, through the contract performed there and its
//   supplier, up the ownership and control links to the State Council.
// params: { "placeId": "west-kowloon-station", "topId": "state-council" }
// columns: chain (path), hops (integer)
MATCH chain = (place:Place { id: $placeId })<-[:PERFORMED_AT]-(:Contract)
              <-[:SUPPLIES]-(:Entity)<-[:OWNS|CONTROLS*1..10]-(top:Entity { id: $topId })
RETURN chain, length(chain) AS hops
ORDER BY hops
LIMIT 25
