import neo4j, { type AuthToken, type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import type { Role } from "../../domain/wire/session-api-types";

/**
 * Neo4j's built-in roles that may write data (Enterprise Edition and Aura). A person holding
 * any of them is an Ownergraph editor when OWNERGRAPH_EDITORS is not set; everyone else reads.
 */
export const NEO4J_WRITING_ROLES: readonly string[] = ["admin", "architect", "publisher", "editor"];

/**
 * Ownergraph's role from the roles Neo4j grants a user: editor for a writing role, reader
 * otherwise, and reader when Neo4j has no roles to say (null: Community Edition).
 */
export function roleFromNeo4jRoles(roles: readonly string[] | null): Role {
  return roles?.some((role) => NEO4J_WRITING_ROLES.includes(role.toLowerCase()))
    ? "editor"
    : "reader";
}

/**
 * The roles Neo4j grants the user of `auth` (SHOW CURRENT USER, run as that user), or null when
 * it names none: Community Edition answers null, and a server that cannot answer leaves the
 * person a reader rather than refusing the sign-in.
 */
export async function neo4jRolesOf(
  driver: Driver,
  auth: AuthToken,
  database: string | undefined,
): Promise<string[] | null> {
  try {
    const { records } = await driver.executeQuery(
      cypher("get-current-user-roles"),
      {},
      { auth, database, routing: neo4j.routing.READ },
    );
    const roles: unknown = records[0]?.get("roles");
    return Array.isArray(roles) ? roles.filter((role) => typeof role === "string") : null;
  } catch {
    return null;
  }
}
