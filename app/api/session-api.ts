/** The sign-in endpoints (server/http/sign-in.ts), typed. */
import { getJson, postJson } from "./api-client";

export interface SessionAnswer {
  /** none: open; token: a shared access token; neo4j: people sign in as their Neo4j user. */
  auth: "none" | "token" | "neo4j";
  signedIn: boolean;
  role: "reader" | "editor" | null;
  /** The Neo4j user signed in (auth "neo4j"). */
  user: string | null;
  expiresAt: string | null;
}

export function fetchSession(signal?: AbortSignal): Promise<SessionAnswer> {
  return getJson("/api/session", signal);
}

export type SignInCredentials = { token: string } | { user: string; password: string };

export function signIn(credentials: SignInCredentials): Promise<SessionAnswer> {
  return postJson("/api/sign-in", credentials);
}

export function signOut(): Promise<SessionAnswer> {
  return postJson("/api/sign-out", {});
}
