import type { FastifyRequest, FastifySchemaValidationError } from "fastify";
import { INVALID_PARAMETER } from "../explorer/request-params";
import { ApiError } from "../query/query-errors";

/** A JSON body field that is not what the route takes. */
export const BAD_REQUEST = "Ownergraph.BadRequest";

/** The part of a request a schema checks (Fastify's "data var"). */
type RequestPart = "body" | "querystring" | "params" | "headers";

const PLACES: Record<RequestPart, { name: string; field: string }> = {
  body: { name: "The JSON body", field: "field" },
  querystring: { name: "The query string", field: "parameter" },
  params: { name: "The address", field: "parameter" },
  headers: { name: "The headers", field: "header" },
};

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a JSON object",
  null: "null",
};

/** What a JSON value is, in the words the messages use. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return value ? "true" : "false";
  return typeof value === "object" ? "a JSON object" : typeof value;
}

function expectedTypes(type: unknown): string {
  const types = (Array.isArray(type) ? type : String(type).split(",")).map(String);
  return types.map((name) => TYPE_WORDS[name] ?? name).join(" or ");
}

/** `/graph/nodes/0/key` → `graph.nodes[0].key`: the field as a reader writes it. */
export function fieldName(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((step) => step.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce(
      (name, step) => (/^\d+$/.test(step) ? `${name}[${step}]` : name ? `${name}.${step}` : step),
      "",
    );
}

function valueAt(data: unknown, instancePath: string): unknown {
  let value = data;
  for (const step of instancePath.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[step.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

function dataOf(request: FastifyRequest, context: RequestPart): unknown {
  if (context === "body") return request.body;
  if (context === "querystring") return request.query;
  if (context === "params") return request.params;
  return request.headers;
}

/** The names the route's schema declares for that part of the request. */
function knownNames(request: FastifyRequest, context: RequestPart): string[] {
  const schema = request.routeOptions.schema?.[context] as
    { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function describe(
  error: FastifySchemaValidationError,
  context: RequestPart,
  request: FastifyRequest,
): string {
  const place = PLACES[context];
  const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
  const field = fieldName(error.instancePath);
  const subject =
    field === "" ? place.name : `"${field}" in ${place.name.replace(/^The /, "the ")}`;
  const value = valueAt(dataOf(request, context), error.instancePath);
  const { params } = error;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      const known = field === "" ? knownNames(request, context) : [];
      const takes =
        known.length > 0
          ? `${route} takes ${known.map((item) => `"${item}"`).join(", ")}`
          : `${route} does not take it`;
      return `${subject} has an unknown ${place.field} "${name}": ${takes}. Leave it out or check its spelling.`;
    }
    case "type":
      return `${subject} must be ${expectedTypes(params["type"])}, not ${kindOf(value)}.`;
    case "required":
      return `${subject} lacks the ${place.field} "${String(params["missingProperty"])}", which ${route} needs.`;
    case "minLength":
      return Number(params["limit"]) <= 1
        ? `${subject} must not be empty.`
        : `${subject} must be at least ${String(params["limit"])} characters long.`;
    case "maxLength":
      return `${subject} is ${typeof value === "string" ? value.length : "too many"} characters long; ${route} takes at most ${String(params["limit"])}.`;
    case "maxItems":
      return `${subject} lists ${Array.isArray(value) ? value.length : "too many"} items; at most ${String(params["limit"])}.`;
    case "enum":
      return `${subject} is ${JSON.stringify(value)}; it must be one of ${(params["allowedValues"] as unknown[]).map((item) => JSON.stringify(item)).join(", ")}.`;
    default:
      return `${subject} ${error.message ?? "is not valid"}.`;
  }
}

/**
 * Fastify's schema validation failure in the API's one error shape: which field of which part of
 * the request (body, query string, address), what it must be, and what it is.
 */
export function schemaValidationError(
  errors: readonly FastifySchemaValidationError[],
  context: RequestPart,
  request: FastifyRequest,
): ApiError {
  const [first] = errors;
  const message = first
    ? describe(first, context, request)
    : `${PLACES[context].name} is not what ${request.method} ${request.url} takes.`;
  return new ApiError(400, context === "body" ? BAD_REQUEST : INVALID_PARAMETER, message);
}
