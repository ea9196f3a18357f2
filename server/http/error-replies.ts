import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Socket } from "node:net";
import { ApiError } from "../query/query-errors";
import { schemaValidationError } from "./schema-errors";

const JSON_HINT = "Send a JSON body with Content-Type: application/json.";

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Fastify's own 4xx errors in the API's one error shape, `{ error: { code, message } }`, each
 * with the fix that applies to it: the JSON hint only where the body was the problem.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest): ApiError {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ApiError(
        415,
        "Ownergraph.UnsupportedMediaType",
        `${request.method} ${request.routeOptions.url ?? request.url} does not take a body of type "${request.headers["content-type"] ?? "none"}". ${JSON_HINT}`,
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new ApiError(400, "Ownergraph.BadJson", `${error.message}. ${JSON_HINT}`);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError(
        413,
        "Ownergraph.BodyTooLarge",
        `The request body is larger than the ${megabytes(request.routeOptions.bodyLimit ?? 0)} ${request.method} ${request.routeOptions.url ?? request.url} accepts. Send less (fewer parameters, a smaller graph).`,
      );
    case "FST_ERR_VALIDATION":
      if (error.validation && error.validationContext) {
        return schemaValidationError(error.validation, error.validationContext, request);
      }
      break;
    case "FST_ERR_BAD_URL":
      return new ApiError(
        400,
        "Ownergraph.BadUrl",
        `The address ${JSON.stringify(request.url)} is not a valid URL: "%" must be followed by two hexadecimal digits of UTF-8 (write %25 for a "%" itself).`,
      );
    default:
      break;
  }
  if (error instanceof SyntaxError) {
    // Fastify's JSON parser lets JSON.parse's SyntaxError through with status 400.
    return new ApiError(
      400,
      "Ownergraph.BadJson",
      `The body is not valid JSON: ${error.message}. ${JSON_HINT}`,
    );
  }
  return new ApiError(status, error.code ?? "Ownergraph.BadRequest", error.message);
}

function send(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.status).send(error.toBody());
}

/** Every error the server answers, in the one shape: API errors, Fastify's 4xx, then 500. */
export function registerErrorReplies(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return send(reply, error);
    if (error.statusCode && error.statusCode < 500)
      return send(reply, frameworkError(error, request));
    reply.log.error(error);
    return send(
      reply,
      new ApiError(500, "Ownergraph.InternalError", error.message || "Internal error"),
    );
  });
}

/** For Fastify's `frameworkErrors` option: errors found before routing (a bad URL). */
export function replyToFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void send(reply, frameworkError(error, request));
}

/** For Fastify's `clientErrorHandler`: a request Node's HTTP parser refused (bad headers). */
export function replyToClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const timedOut = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const body = JSON.stringify(
    new ApiError(
      timedOut ? 408 : 400,
      timedOut ? "Ownergraph.RequestTimeout" : "Ownergraph.BadHttpRequest",
      timedOut
        ? "The request took too long to arrive."
        : `The request is not valid HTTP (${error.code ?? error.message}): check its request line and headers.`,
    ).toBody(),
  );
  socket.end(
    `HTTP/1.1 ${timedOut ? "408 Request Timeout" : "400 Bad Request"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
