import { Neo4jError } from "neo4j-driver";
import { SIGN_IN_REQUIRED_CODE } from "../../domain/wire/session-api-types";

export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

/** An error the HTTP API hands to the user as `{ error: { code, message, position? } }`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: ErrorPosition,
  ) {
    super(message);
  }

  toBody(): { error: { code: string; message: string; position?: ErrorPosition } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.position ? { position: this.position } : {}),
      },
    };
  }
}

export const TIMEOUT_CODE = "Ownergraph.QueryTimedOut";
export const READ_ONLY_CODE = "Ownergraph.ReadOnlyConsole";

/** A query refused because it would write or administer; `detail` says why, in a sentence. */
export class ReadOnlyRefusal extends ApiError {
  constructor(
    readonly detail: string,
    code: string,
    message: string,
  ) {
    super(403, code, message);
  }
}

export function readOnlyError(detail: string, neo4jCode?: string): ReadOnlyRefusal {
  return new ReadOnlyRefusal(
    detail,
    neo4jCode ?? READ_ONLY_CODE,
    `This console is read-only: ${detail} Start the server with OWNERGRAPH_ALLOW_WRITES=true to allow writes.`,
  );
}

/** The same refusal for a reader on a server that lets editors write: the way on is a sign-in. */
export function readerReadOnlyError(refusal: ReadOnlyRefusal): ReadOnlyRefusal {
  return new ReadOnlyRefusal(
    refusal.detail,
    refusal.code,
    `Your console is read-only: ${refusal.detail} You are signed in as a reader; sign in as an editor to write.`,
  );
}

/** The same refusal in an export's words: exports only read, whatever the console allows. */
export function exportReadOnlyError(refusal: ReadOnlyRefusal): ReadOnlyRefusal {
  return new ReadOnlyRefusal(
    refusal.detail,
    refusal.code,
    `An export only reads: ${refusal.detail} Exports never write or administer, whatever the console allows; export the result of a read query (MATCH … RETURN …).`,
  );
}

/** Neo4j reports positions as "(line 1, column 8 (offset: 7))". */
export function parsePosition(message: string): ErrorPosition | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/** Maps a driver error onto a status and a message the user can act on. */
export function toApiError(error: unknown, timeoutMs: number): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (
      /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/.test(code) &&
      /time/i.test(error.message + code)
    ) {
      return timeoutError(timeoutMs, code);
    }
    if (/Security\.(Unauthorized|CredentialsExpired|AuthenticationRateLimit)/.test(code)) {
      // A Neo4j user's session whose password changed, or who was removed (OWNERGRAPH_AUTH=neo4j).
      return new ApiError(
        401,
        SIGN_IN_REQUIRED_CODE,
        `Neo4j no longer accepts your sign-in (${error.message.split("\n")[0]}): sign in again.`,
      );
    }
    if (/Statement\.AccessMode|Security\.Forbidden|WriteOnReadOnlyAccessDbException/.test(code)) {
      return readOnlyError(`Neo4j refused a write (${error.message.split("\n")[0]}).`, code);
    }
    if (
      code === "ServiceUnavailable" ||
      code === "SessionExpired" ||
      code.startsWith("Neo.TransientError") ||
      // The driver's deadlines (connectionAcquisitionTimeout, connectionTimeout).
      /acquisition timed out|Failed to establish connection/.test(error.message)
    ) {
      return new ApiError(503, code, `Neo4j is not available right now: ${error.message}`);
    }
    if (code.startsWith("Neo.ClientError")) {
      return new ApiError(400, code, error.message, parsePosition(error.message));
    }
    return new ApiError(500, code || "Neo.DatabaseError", error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(500, "Ownergraph.InternalError", message);
}

export function timeoutError(timeoutMs: number, code = TIMEOUT_CODE): ApiError {
  return new ApiError(
    408,
    code,
    `The query ran longer than ${formatSeconds(timeoutMs)} and was stopped. Narrow it (LIMIT, a more specific MATCH, fewer variable-length hops, no cartesian product of unrelated patterns) or raise OWNERGRAPH_QUERY_TIMEOUT_MS.`,
  );
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Neo4j reports positions in the text it ran, which may carry a prefix the user did not type
 * (the EXPLAIN the console adds). Moves the position back into the user's own query text.
 */
export function relocateError(error: ApiError, userQuery: string, shift: number): ApiError {
  if (!error.position) return error;
  const offset = Math.min(Math.max(error.position.offset + shift, 0), userQuery.length);
  const before = userQuery.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  const firstLine = error.message.split("\n")[0] ?? error.message;
  const message = firstLine.replace(
    /\(line \d+, column \d+ \(offset: \d+\)\)/,
    `(line ${line}, column ${column} (offset: ${offset}))`,
  );
  return new ApiError(error.status, error.code, message, { line, column, offset });
}
