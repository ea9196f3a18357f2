/**
 * What the sign-in endpoints (server/http/sign-in.ts) answer, and the error code of a request
 * that needs a session it does not have (none yet, expired, ended by a sign-out or a restart).
 */

/** reader: explore, read-only console, export; editor: imports, dataset removal, write console. */
export type Role = "reader" | "editor";

/** none: open; token: a shared access token; neo4j: people sign in as their Neo4j user. */
export type AuthMode = "none" | "token" | "neo4j";

export interface SessionAnswer {
  auth: AuthMode;
  signedIn: boolean;
  role: Role | null;
  /** The Neo4j user signed in (auth "neo4j"); null otherwise. */
  user: string | null;
  expiresAt: string | null;
}

/** The code of a 401 that signing in (again) cures; the app shows its sign-in form for it. */
export const SIGN_IN_REQUIRED_CODE = "Ownergraph.SignInRequired";
