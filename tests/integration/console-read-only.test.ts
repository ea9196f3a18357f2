import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j, { Neo4jError, type Driver } from "neo4j-driver";
import { startTestServer, type TestServer } from "../support/test-server";
import { openTestDriver, testDatabase, testNeo4j } from "../support/neo4j";
import { createDriver } from "../../server/neo4j/connection";
import { databaseFingerprint, postCypher, SLOW_QUERY, waitFor } from "../support/console-api";

const ACCESS_MODE = "Neo.ClientError.Statement.AccessMode";
const CONSOLE_CODE = "Ownergraph.ReadOnlyConsole";

/** Every way to write that the issue names, with the code the console must answer. */
const WRITE_FORMS: [name: string, query: string, code: string][] = [
  ["CREATE", "CREATE (n:Intruder { name: 'x' }) RETURN n", ACCESS_MODE],
  ["MERGE", "MERGE (n:Intruder { id: 'x' }) RETURN n", ACCESS_MODE],
  ["SET", "MATCH (n:Entity) SET n.caption = 'changed'", ACCESS_MODE],
  ["SET label", "MATCH (n:Entity) SET n:Intruder", ACCESS_MODE],
  ["DELETE", "MATCH (n:Entity) DETACH DELETE n", ACCESS_MODE],
  ["REMOVE", "MATCH (n:Entity) REMOVE n.caption", ACCESS_MODE],
  ["FOREACH", "MATCH (n:Entity) FOREACH (x IN [1] | SET n.x = x)", ACCESS_MODE],
  ["CALL { CREATE }", "CALL () { CREATE (:Intruder) } RETURN 1 AS one", ACCESS_MODE],
  [
    "CALL { } IN TRANSACTIONS",
    "UNWIND [1, 2] AS i CALL (i) { CREATE (:Intruder { i: i }) } IN TRANSACTIONS RETURN count(*) AS n",
    ACCESS_MODE,
  ],
  ["db.createLabel", "CALL db.createLabel('Intruder')", ACCESS_MODE],
  ["db.createProperty", "CALL db.createProperty('intruder')", ACCESS_MODE],
  ["db.createRelationshipType", "CALL db.createRelationshipType('INTRUDES')", ACCESS_MODE],
  ["CREATE INDEX", "CREATE INDEX intruder_index FOR (n:Intruder) ON (n.name)", ACCESS_MODE],
  [
    "CREATE CONSTRAINT",
    "CREATE CONSTRAINT intruder_unique FOR (n:Intruder) REQUIRE n.id IS UNIQUE",
    ACCESS_MODE,
  ],
  ["DROP INDEX", "DROP INDEX entity_search", ACCESS_MODE],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id_unique", ACCESS_MODE],
  ["CREATE USER", "CREATE USER intruder SET PASSWORD 'intruder-password'", ACCESS_MODE],
  ["ALTER USER", "ALTER USER neo4j SET PASSWORD 'intruder-password'", ACCESS_MODE],
  ["SHOW USERS", "SHOW USERS", ACCESS_MODE],
  ["db.clearQueryCaches", "CALL db.clearQueryCaches()", ACCESS_MODE],
  [
    "CREATE DATABASE",
    "CREATE DATABASE intruder",
    "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
  ],
  [
    "USE system CREATE USER",
    "USE system CREATE USER intruder SET PASSWORD 'intruder-password'",
    "Neo.ClientError.Statement.SyntaxError",
  ],
  ["USE system SHOW USERS", "USE system SHOW USERS", "Neo.ClientError.Statement.SyntaxError"],
  ["LOAD CSV file:///", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", CONSOLE_CODE],
  [
    "LOAD CSV https://",
    "LOAD CSV FROM 'https://example.com/a.csv' AS line RETURN line",
    CONSOLE_CODE,
  ],
  ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", CONSOLE_CODE],
  ["db.stats.clear", "CALL db.stats.clear('QUERIES')", CONSOLE_CODE],
];

let server: TestServer;
let driver: Driver;
let before: string;

beforeAll(async () => {
  server = await startTestServer();
  driver = openTestDriver();
  before = await databaseFingerprint(driver);
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe("POST /api/cypher refuses every write form (read-only by default)", () => {
  it.each(WRITE_FORMS)("%s comes back as a read-only error", async (_name, query, code) => {
    const { status, body } = await postCypher(server.baseUrl, { query });
    expect(status).toBe(403);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(/^This console is read-only: /);
    expect(body.error?.message).toMatch(/OWNERGRAPH_ALLOW_WRITES/);
  });

  it("left the database exactly as it was (nodes, relationships, tokens, schema, users)", async () => {
    expect(await databaseFingerprint(driver)).toBe(before);
  });

  it("the password of neo4j still works", async () => {
    const { uri, username, password } = testNeo4j();
    const fresh = createDriver({ uri, username, password, database: undefined });
    try {
      await expect(fresh.executeQuery("RETURN 1")).resolves.toBeTruthy();
    } finally {
      await fresh.close();
    }
  });
});

/**
 * Findings about Neo4j 5.26 Community itself, without the console's EXPLAIN check: the driver
 * runs each query directly in a READ transaction (session.executeRead).
 */
describe("a single Neo4j instance in a READ transaction, without the console's check", () => {
  async function runInReadTransaction(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<Neo4jError | null> {
    const session = driver.session({ database: testDatabase() });
    try {
      await session.executeRead((tx) => tx.run(query, params));
      return null;
    } catch (error) {
      if (error instanceof Neo4jError) return error;
      throw error;
    } finally {
      await session.close();
    }
  }

  // SHOW USERS (a read of the system database) and db.clearQueryCaches (a DBMS procedure) do
  // run in a READ transaction; the console refuses them from their query type "s".
  const runsAnyway = ["SHOW USERS", "db.clearQueryCaches"];

  it.each(
    WRITE_FORMS.filter(([name, , code]) => code === ACCESS_MODE && !runsAnyway.includes(name)),
  )("refuses %s itself with Neo.ClientError.Statement.AccessMode", async (_name, query) => {
    expect((await runInReadTransaction(query))?.code).toBe(ACCESS_MODE);
  });

  it.each(runsAnyway)("runs %s in a READ transaction (so the plan check matters)", async (name) => {
    const query = WRITE_FORMS.find(([form]) => form === name)?.[1] ?? "";
    expect(await runInReadTransaction(query)).toBeNull();
  });

  it("also refuses a write in an auto-commit query of a READ session", async () => {
    const session = driver.session({
      database: testDatabase(),
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await expect(session.run("CREATE (:Intruder) RETURN 1")).rejects.toMatchObject({
        code: ACCESS_MODE,
      });
    } finally {
      await session.close();
    }
  });

  it("refuses LOAD CSV of a server file because file URLs are disallowed", async () => {
    const error = await runInReadTransaction("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");
    expect(error?.code).toBe("Neo.ClientError.Statement.ExternalResourceFailed");
    expect(error?.message).toMatch(/allow_csv_import_from_file_urls/);
  });

  it("does run TERMINATE TRANSACTIONS in a READ transaction: it ends another query", async () => {
    const victim = driver.session({ database: testDatabase() });
    const running = victim
      .executeRead((tx) => tx.run(SLOW_QUERY), { timeout: 20_000, metadata: { victim: true } })
      .then(
        () => "finished",
        (error: Neo4jError) => error.code,
      );
    let victimId: string | undefined;
    await waitFor(async () => {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.victim RETURN transactionId",
        {},
        { database: testDatabase() },
      );
      victimId = records[0]?.get("transactionId") as string | undefined;
      return victimId !== undefined;
    }, 5_000);
    expect(victimId).toBeDefined();
    expect(await runInReadTransaction("TERMINATE TRANSACTIONS $id", { id: victimId })).toBeNull();
    expect(await running).toBe("Neo.ClientError.Transaction.Terminated");
    await victim.close();
  });

  it("changed nothing either", async () => {
    expect(await databaseFingerprint(driver)).toBe(before);
  });
});
