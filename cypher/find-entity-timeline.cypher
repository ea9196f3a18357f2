// Every relationship by which an entity's direct owners and controllers hold it, every version
// (whatever day: the timeline shows them all), with the holders and the sources the links cite.
// relationship types: chain (the registry's chain types, domain/model/relationship-types.ts)
// params: $id (string),
//   $hiddenDatasets (list of strings: ids of datasets whose entities and links are left out)
// columns: entity (Entity node), links (list of { link: relationship, holder: Entity node }), sources (list of the cited Source nodes' properties)
MATCH (entity:Entity { id: $id })
OPTIONAL MATCH (entity)<-[link:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT]-(holder:Entity)
WHERE NOT coalesce(link.dataset, '') IN $hiddenDatasets
  AND NOT coalesce(holder.dataset, '') IN $hiddenDatasets
WITH entity, collect(CASE WHEN link IS NULL THEN null ELSE { link: link, holder: holder } END) AS links
CALL (links) {
  UNWIND links AS item
  UNWIND coalesce(item.link.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (source:Source { id: sourceId })
  RETURN collect(source { .* }) AS sources
}
RETURN entity, links, sources
