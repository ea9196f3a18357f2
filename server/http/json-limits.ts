import type { FastifyInstance } from "fastify";
import { MAX_JSON_DEPTH, tooDeepMessage, valueDepth } from "../../domain/json/json-nesting";
import { ApiError } from "../query/query-errors";

export const TOO_DEEP_CODE = "Ownergraph.TooDeep";

/**
 * Every JSON body is checked for depth before a handler reads it (Fastify's bodyLimit already
 * bounds its size), so no reader has to walk a body nested thousands of levels deep.
 */
export function registerJsonLimits(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    if (request.body === null || typeof request.body !== "object") return;
    const depth = valueDepth(request.body);
    if (depth > MAX_JSON_DEPTH) {
      throw new ApiError(400, TOO_DEEP_CODE, tooDeepMessage("The JSON body", depth));
    }
  });
}
