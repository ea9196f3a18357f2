/** The sign-in endpoints (server/http/sign-in.ts), typed. */
import { getJson, postJson } from "./api-client";

export interface SessionAnswer {
  auth: "none" | "token";
  signedIn: boolean;
  role: "reader" | "editor" | null;
  expiresAt: string | null;
}

export function fetchSession(signal?: AbortSignal): Promise<SessionAnswer> {
  return getJson("/api/session", signal);
}

export function signIn(token: string): Promise<SessionAnswer> {
  return postJson("/api/sign-in", { token });
}

export function signOut(): Promise<SessionAnswer> {
  return postJson("/api/sign-out", {});
}
