import { createHash, timingSafeEqual } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import type { AuthConfig } from "../access-config";
import { ApiError } from "../query/query-errors";
import type { SignedInIdentity } from "./session-store";
import { neo4jRolesOf, roleFromNeo4jRoles } from "../neo4j/neo4j-user-role";

/** What POST /api/sign-in takes: a token, or a Neo4j user name and password. */
export type SignInBody = { token: string } | { user: string; password: string };

/** The body POST /api/sign-in takes in each mode, checked by Fastify. */
export function signInBodySchema(mode: "token" | "neo4j") {
  return mode === "token"
    ? {
        type: "object",
        required: ["token"],
        properties: { token: { type: "string", minLength: 1, maxLength: 1024 } },
        additionalProperties: false,
      }
    : {
        type: "object",
        required: ["user", "password"],
        properties: {
          user: { type: "string", minLength: 1, maxLength: 256 },
          password: { type: "string", minLength: 1, maxLength: 1024 },
        },
        additionalProperties: false,
      };
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Who the credentials sign in as, or null when they are wrong. A token is compared in constant
 * time; a Neo4j user is checked by Neo4j itself (the driver's verifyAuthentication), and the
 * credentials are kept only in the session, in memory, for that person's queries. A Neo4j user's
 * role is OWNERGRAPH_EDITORS's word where it is set, else Neo4j's own roles for them.
 */
export async function identityOf(
  auth: Exclude<AuthConfig, { mode: "none" }>,
  body: SignInBody,
  driver: Driver,
  database: string | undefined,
): Promise<SignedInIdentity | null> {
  if (auth.mode === "token") {
    if (!("token" in body)) {
      throw new ApiError(
        400,
        "Ownergraph.BadSignIn",
        "This server signs in with an access token: send { token }.",
      );
    }
    if (auth.editorToken !== undefined && sameSecret(body.token, auth.editorToken)) {
      return { role: "editor", user: null, neo4jAuth: null };
    }
    return sameSecret(body.token, auth.readerToken)
      ? { role: "reader", user: null, neo4jAuth: null }
      : null;
  }
  if (!("user" in body)) return null;
  const neo4jAuth = neo4j.auth.basic(body.user, body.password);
  let accepted: boolean;
  try {
    accepted = await driver.verifyAuthentication({ auth: neo4jAuth, database });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/credentials|unauthori[sz]ed|authentication/i.test(message)) return null;
    throw new ApiError(
      503,
      "Ownergraph.Neo4jUnavailable",
      `Neo4j could not check the sign-in right now: ${message}`,
    );
  }
  if (!accepted) return null;
  const role = auth.editors
    ? auth.editors.has(body.user)
      ? "editor"
      : "reader"
    : roleFromNeo4jRoles(await neo4jRolesOf(driver, neo4jAuth, database));
  return { role, user: body.user, neo4jAuth };
}
