// Every relationship by which an entity's direct owners and controllers hold it, every version
// (whatever day: the timeline shows them all), one row a link (the driver reads many small
// records faster than one large one); the server looks up the sources they cite.
// relationship types: holding (the registry's ownership and control types, domain/model/relationship-types.ts)
// params: $id (string),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// columns: entity (Entity node), link (relationship or null), holder (Entity node or null)
MATCH (entity:Entity { id: $id })
OPTIONAL MATCH (entity)<-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(holder:Entity)
WHERE NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(holder.dataset, '') IN $hiddenDatasets
RETURN entity, link, holder
