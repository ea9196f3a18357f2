// title: Companies whose owners or shares are unknown
// description: Companies no one is recorded as owning, and companies with an owner whose share
//   no source gives (no exact share and no range).
// params: none
// columns: company (node), gap (string), ownerLinks (list of relationships)
MATCH (company:Company)
OPTIONAL MATCH (:Entity)-[owns:OWNS]->(company)
WITH company, collect(owns) AS ownerLinks
WITH company, ownerLinks,
     [r IN ownerLinks WHERE r.shareExact IS NULL AND r.shareMin IS NULL AND r.shareMax IS NULL]
       AS unknownShares
WHERE size(ownerLinks) = 0 OR size(unknownShares) > 0
RETURN company,
       CASE WHEN size(ownerLinks) = 0 THEN 'no recorded owner'
            ELSE size(unknownShares) + ' of ' + size(ownerLinks) + ' owners with unknown share'
       END AS gap,
       ownerLinks
ORDER BY gap, company.caption
