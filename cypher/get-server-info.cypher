// Version and edition of the Neo4j server, for /api/health.
// params: none
// columns: version (string), edition (string)
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
