// The Neo4j user the query runs as and the roles Neo4j grants them, for Ownergraph's own role
// when OWNERGRAPH_EDITORS is not set (OWNERGRAPH_AUTH=neo4j). Community Edition has no roles:
// it answers null.
// params: none
// columns: user (string), roles (list of strings, or null on Community Edition)
SHOW CURRENT USER YIELD user, roles
RETURN user, roles
