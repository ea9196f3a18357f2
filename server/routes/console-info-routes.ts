import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import type { QueryName } from "../../cypher/query-names";
import { listCypherExamples } from "../query/cypher-examples";
import { toApiError } from "../query/query-errors";
import type { SchemaInfo } from "../../domain/console/console-wire-types";
import { NO_QUERY } from "../http/request-schemas";

const SCHEMA_TIMEOUT_MS = 10_000;

/**
 * GET /api/schema-info: labels, relationship types, property keys, procedures and functions
 * of the live database, for the console's completion.
 */
export function registerSchemaInfoRoute(
  app: FastifyInstance,
  driver: Driver,
  database: string | undefined,
): void {
  const read = async (name: QueryName) => {
    const { records } = await driver.executeQuery(
      cypher(name),
      {},
      {
        database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: SCHEMA_TIMEOUT_MS },
      },
    );
    return records.map((record) => record.toObject());
  };

  app.get("/api/schema-info", { schema: NO_QUERY }, async (): Promise<SchemaInfo> => {
    try {
      const [tokens, procedures, functions] = await Promise.all([
        read("get-schema-tokens"),
        read("get-procedure-signatures"),
        read("get-function-signatures"),
      ]);
      const first = tokens[0] ?? {};
      return {
        labels: strings(first.labels).sort(),
        relationshipTypes: strings(first.relationshipTypes).sort(),
        propertyKeys: strings(first.propertyKeys).sort(),
        procedures: procedures.map((row) => ({
          name: String(row.name),
          signature: String(row.signature),
          description: String(row.description ?? ""),
          returnItems: (Array.isArray(row.returnItems) ? row.returnItems : []).map(
            (item: { name?: unknown; type?: unknown }) => ({
              name: String(item.name),
              signature: String(item.type),
            }),
          ),
        })),
        functions: functions.map((row) => ({
          name: String(row.name),
          signature: String(row.signature),
          description: String(row.description ?? ""),
        })),
      };
    } catch (error) {
      throw toApiError(error, SCHEMA_TIMEOUT_MS);
    }
  });
}

/** GET /api/examples: the example queries shipped in cypher/examples/. */
export function registerExamplesRoute(app: FastifyInstance): void {
  app.get("/api/examples", { schema: NO_QUERY }, async () => ({ examples: listCypherExamples() }));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
