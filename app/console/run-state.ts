/** Where a console run stands: an explicit status, as the console shows it. */
import {
  INVALID_PARAMS_CODE,
  type ConsoleQueryResult,
} from "../../domain/console/console-wire-types";

export const READ_ONLY_STATUS = 403;

export interface RunError {
  status: number;
  code: string;
  message: string;
  position?: { line: number; column: number; offset: number };
  /** Which box the position points into. */
  target: "query" | "params";
}

export type RunState =
  | { status: "idle" }
  | { status: "running"; startedAt: number }
  | { status: "done"; result: ConsoleQueryResult }
  | { status: "failed"; error: RunError; query: string }
  | { status: "cancelled" };

export function toRunError(error: {
  status: number;
  code: string;
  message: string;
  position?: RunError["position"];
}): RunError {
  return {
    status: error.status,
    code: error.code,
    message: error.message,
    position: error.position,
    target: error.code === INVALID_PARAMS_CODE ? "params" : "query",
  };
}

/** A heading for an error, in the user's terms. */
export function errorHeading(error: RunError): string {
  if (error.status === READ_ONLY_STATUS) return "Refused: this console is read-only";
  if (error.status === 408) return "Stopped: the query took too long";
  if (error.target === "params") return "The parameters are not valid JSON";
  if (/SyntaxError/.test(error.code)) return "Syntax error";
  if (error.status === 0 || error.status >= 500) return "The server could not run the query";
  return "Neo4j refused the query";
}
