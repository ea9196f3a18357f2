import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { testDatabase } from "./neo4j";

export interface ConsoleResponse {
  status: number;
  body: {
    columns?: string[];
    rows?: unknown[][];
    graph?: { nodes: { key: string }[]; edges: { key: string }[] };
    truncated?: boolean;
    truncation?: { reason: string; limit: number; message: string } | null;
    summary?: { queryType: string; plan: unknown; elapsedMs: number };
    mode?: string;
    error?: { code: string; message: string; position?: { line: number; column: number } };
  };
  ms: number;
}

/** POSTs a console query to a test server; `body` replaces { query, params } when given. */
export async function postCypher(
  baseUrl: string,
  request: { query: string; params?: Record<string, unknown>; paramsText?: string },
  signal?: AbortSignal,
): Promise<ConsoleResponse> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
    signal,
  });
  const body = (await response.json()) as ConsoleResponse["body"];
  return { status: response.status, body, ms: performance.now() - started };
}

/** A query that keeps Neo4j busy for many seconds on the seed (a cartesian product of 4). */
export const SLOW_QUERY =
  "MATCH (a), (b), (c), (d) WHERE a.caption + b.caption + c.caption + d.caption = 'never' RETURN count(*) AS n";

/**
 * Everything a write could change, read straight from Neo4j and hashed: every node and
 * relationship with its properties, the label, type and property-key tokens, indexes,
 * constraints, users and databases.
 */
export async function databaseFingerprint(driver: Driver): Promise<string> {
  const read = async (query: string, database = testDatabase()) => {
    const { records } = await driver.executeQuery(
      query,
      {},
      { database, routing: neo4j.routing.READ },
    );
    return records.map((record) => record.toObject());
  };
  const parts = {
    nodes: await read(
      "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id",
    ),
    relationships: await read(
      "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS properties ORDER BY id",
    ),
    labels: await read("CALL db.labels() YIELD label RETURN label ORDER BY label"),
    types: await read(
      "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
    ),
    keys: await read(
      "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
    ),
    indexes: await read(
      "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name",
    ),
    constraints: await read("SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name"),
    users: await read("SHOW USERS YIELD user, roles RETURN * ORDER BY user", "system"),
    databases: await read("SHOW DATABASES YIELD name RETURN DISTINCT name ORDER BY name", "system"),
  };
  return createHash("sha256")
    .update(
      JSON.stringify(parts, (_key, value: unknown) => (neo4j.isInt(value) ? String(value) : value)),
    )
    .digest("hex");
}

/** Console transactions still open in Neo4j (they carry the console's metadata). */
export async function openConsoleTransactions(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery WHERE metaData.app = 'ownergraph-console' RETURN transactionId, currentQuery",
    {},
    { database: testDatabase() },
  );
  return records.map((record) => `${record.get("transactionId")}: ${record.get("currentQuery")}`);
}

export async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return condition();
}
