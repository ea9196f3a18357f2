/**
 * What each route takes, as Fastify JSON schemas: the fields of its JSON body, the names of its
 * query-string parameters and its address parameters. Fastify checks them before a handler runs
 * (server/app.ts turns off its silent fixes: no unknown field is dropped, no number becomes text)
 * and server/http/schema-errors.ts words a failure as a 400 naming the field. The schemas say
 * which fields exist and their JSON types; what a value must be beyond that (an entity id, a
 * page size, a relationship type, a format) stays with the readers that say it best:
 * server/explorer/request-params.ts, domain/export/export-request.ts, the console's readers.
 */

/** A query-string parameter: text, given once or repeated (`?ids=a&ids=b`). */
const QUERY_TEXT = { type: ["string", "array"], items: { type: "string" } } as const;

/** A query string that takes these parameters and no other. */
function queryString(...names: string[]) {
  return {
    type: "object",
    properties: Object.fromEntries(names.map((name) => [name, QUERY_TEXT])),
    additionalProperties: false,
  } as const;
}

/** An address with one parameter, `:id`. */
const ID_PARAMS = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string" } },
  additionalProperties: false,
} as const;

/** Routes that take nothing but their address. */
export const NO_QUERY = { querystring: queryString() } as const;

/**
 * The explorer's routes (server/routes/explorer-*.ts); every one may hide datasets, and those
 * that read relationships see them as of a day (`asOf`; the changes compare `from` and `to`).
 */
export const EXPLORER_SCHEMAS = {
  search: { querystring: queryString("q", "limit", "hide", "asOf") },
  entities: { querystring: queryString("ids", "hide", "asOf") },
  entity: { params: ID_PARAMS, querystring: queryString("asOf") },
  neighbours: {
    params: ID_PARAMS,
    querystring: queryString("types", "direction", "skip", "limit", "hide", "asOf"),
  },
  chain: { params: ID_PARAMS, querystring: queryString("limit", "hide", "asOf") },
  changes: { params: ID_PARAMS, querystring: queryString("from", "to", "hide") },
  timeline: { params: ID_PARAMS, querystring: queryString("hide") },
  path: { querystring: queryString("from", "to", "hide", "asOf") },
  overview: { querystring: queryString("hide", "asOf") },
} as const;

const TEXT = { type: "string" } as const;
const OBJECT = { type: "object" } as const;
const TEXT_OR_NULL = { type: ["string", "null"] } as const;

/** POST /api/cypher: the console's query and its parameters (an object, or its JSON text). */
export const CYPHER_SCHEMA = {
  querystring: queryString(),
  body: {
    type: "object",
    properties: { query: TEXT, params: OBJECT, paramsText: TEXT },
    additionalProperties: false,
  },
} as const;

/** POST /api/export: see domain/export/export-request.ts for what each field must hold. */
export const EXPORT_SCHEMA = {
  querystring: queryString(),
  body: {
    type: "object",
    properties: {
      format: TEXT,
      query: TEXT,
      params: OBJECT,
      paramsText: TEXT,
      nodes: { type: ["array", "string"], items: TEXT },
      graph: OBJECT,
      display: OBJECT,
      title: TEXT_OR_NULL,
      focus: TEXT_OR_NULL,
      part: TEXT_OR_NULL,
      scale: { type: ["number", "null"] },
      withSources: { type: ["boolean", "null"] },
      asOf: TEXT_OR_NULL,
      changes: { type: ["object", "null"] },
    },
    additionalProperties: false,
  },
} as const;

/** GET and DELETE /api/datasets/:id. */
export const DATASET_SCHEMA = { params: ID_PARAMS, querystring: queryString() } as const;
