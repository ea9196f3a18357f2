import { JsonSyntaxError, parseLosslessJson, positionAt } from "../../domain/json/lossless-json";
import { ApiError } from "./query-errors";
import { toNeo4jParams } from "./json-params";
import { INVALID_PARAMS_CODE } from "../../domain/console/console-wire-types";
import { MAX_JSON_DEPTH, textDepth, tooDeepMessage } from "../../domain/json/json-nesting";

/** The longest parameter text accepted (1 MB of JSON). */
export const MAX_PARAMS_TEXT_LENGTH = 1_000_000;

export { INVALID_PARAMS_CODE };

/**
 * The parameters of a console request, from `params` (a JSON object) or `paramsText` (the text
 * of the console's parameter box, parsed here without losing integers beyond 2^53). Errors are
 * 400s that name the line and column in `paramsText`, before anything reaches Neo4j.
 */
export function readConsoleParams(params: unknown, paramsText: unknown): Record<string, unknown> {
  if (params !== undefined && paramsText !== undefined) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'Send either "params" (a JSON object) or "paramsText" (its text), not both.',
    );
  }
  if (paramsText !== undefined) return toNeo4jParams(parseParamsText(paramsText));
  if (params === undefined) return {};
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'The field "params" must be a JSON object mapping parameter names to values, e.g. { "id": "aisino" }.',
    );
  }
  return toNeo4jParams(params as Record<string, unknown>);
}

export function parseParamsText(paramsText: unknown): Record<string, unknown> {
  if (typeof paramsText !== "string") {
    throw new ApiError(
      400,
      "Ownergraph.BadRequest",
      'The field "paramsText" must be a string holding a JSON object.',
    );
  }
  if (paramsText.trim() === "") return {};
  if (paramsText.length > MAX_PARAMS_TEXT_LENGTH) {
    throw new ApiError(
      400,
      "Ownergraph.ParamsTooLarge",
      `The parameters are ${paramsText.length} characters long; at most ${MAX_PARAMS_TEXT_LENGTH} are accepted. Pass large data through a query's own MATCH instead. Nothing was sent to Neo4j.`,
    );
  }
  const depth = textDepth(paramsText);
  if (depth > MAX_JSON_DEPTH) {
    throw new ApiError(400, "Ownergraph.TooDeep", tooDeepMessage("The parameters", depth));
  }
  let value: unknown;
  try {
    value = parseLosslessJson(paramsText);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new ApiError(
      400,
      INVALID_PARAMS_CODE,
      `The parameters are not valid JSON: ${error.message}. Nothing was sent to Neo4j.`,
      error.position,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const start = paramsText.length - paramsText.trimStart().length;
    throw new ApiError(
      400,
      INVALID_PARAMS_CODE,
      'The parameters must be a JSON object naming each parameter, e.g. { "id": "aisino" }. Nothing was sent to Neo4j.',
      positionAt(paramsText, start),
    );
  }
  return value as Record<string, unknown>;
}
