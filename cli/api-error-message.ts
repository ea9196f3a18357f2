/**
 * What the CLI says when the Ownergraph API answers with an error: the message of the API's
 * error body, `{ error: { code, message } }` (server/query/query-errors.ts), or the status when
 * the body is not one (a proxy's error page, an empty answer).
 */
export function apiErrorMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } } | null;
    const message = parsed?.error?.message;
    if (typeof message === "string" && message !== "") return message;
  } catch {
    // Not JSON: the status is all there is to say.
  }
  return `The server answered ${status}.`;
}
