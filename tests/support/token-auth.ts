import type { AuthConfig } from "../../server/access-config";

/**
 * Token sign-in as tests and benchmarks start the server with it: the tokens given (none
 * generated) and one-hour sessions. Spread it to change one field, e.g. a shorter session.
 */
export function tokenAuth(
  readerToken: string,
  editorToken?: string,
): Extract<AuthConfig, { mode: "token" }> {
  return { mode: "token", readerToken, editorToken, generated: false, sessionHours: 1 };
}
