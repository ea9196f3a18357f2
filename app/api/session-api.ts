/** The sign-in endpoints (server/http/sign-in.ts), typed. */
import type { SessionAnswer } from "../../domain/wire/session-api-types";
import { getJson, postJson } from "./api-client";

export type { SessionAnswer };

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
