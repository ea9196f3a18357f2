import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j, { type Driver } from "neo4j-driver";
import { startTestServer, type TestServer } from "../support/test-server";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { postCypher, SLOW_QUERY, waitFor } from "../support/console-api";

/**
 * Administrative SHOW commands in the read-only console. Neo4j 5.26 Community reports SHOW
 * TRANSACTIONS and SHOW SETTINGS as reads ("r") and runs them in a READ transaction, so the
 * query type alone lets them through: they would show other sessions' queries and the server's
 * configuration. SHOW USERS and SHOW DATABASES report "s"; SHOW SERVERS, ROLES, PRIVILEGES and
 * ALIASES are not accepted on a Community user database at all. All of them are refused, like
 * dbms.listConfig and dbms.listConnections. SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS
 * describe this database's schema and catalogue only, and still run.
 */

const ACCESS_MODE = "Neo.ClientError.Statement.AccessMode";
const CONSOLE_CODE = "Ownergraph.ReadOnlyConsole";

const REFUSED: [query: string, code: string, reason: RegExp][] = [
  ["SHOW TRANSACTIONS", CONSOLE_CODE, /other sessions/],
  ["SHOW TRANSACTIONS YIELD *", CONSOLE_CODE, /other sessions/],
  ["show transactions yield currentQuery where true return currentQuery", CONSOLE_CODE, /other/],
  ["SHOW SETTINGS", CONSOLE_CODE, /configuration/],
  ["SHOW SETTINGS YIELD name, value RETURN name, value", CONSOLE_CODE, /configuration/],
  ["CALL db.stats.retrieve('QUERIES')", CONSOLE_CODE, /other sessions/],
  ["CALL db.stats.retrieveAllAnonymized('ownergraph')", CONSOLE_CODE, /other sessions/],
  ["SHOW USERS", ACCESS_MODE, /administration/],
  ["SHOW CURRENT USER", ACCESS_MODE, /administration/],
  ["SHOW DATABASES", ACCESS_MODE, /administration/],
  ["CALL dbms.listConfig()", ACCESS_MODE, /administration/],
  ["CALL dbms.listConnections()", ACCESS_MODE, /administration/],
  ["CALL dbms.queryJmx('*:*')", ACCESS_MODE, /administration/],
  ["SHOW SERVERS", "Neo.ClientError.Statement.NotSystemDatabaseError", /administration/],
  ["SHOW ROLES", "Neo.ClientError.Statement.UnsupportedAdministrationCommand", /administration/],
  [
    "SHOW PRIVILEGES",
    "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
    /administration/,
  ],
];

let server: TestServer;
let driver: Driver;

beforeAll(async () => {
  server = await startTestServer();
  driver = openTestDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe("the read-only console refuses SHOW commands that reveal sessions or configuration", () => {
  it.each(REFUSED)("%s is refused", async (query, code, reason) => {
    const { status, body } = await postCypher(server.baseUrl, { query });
    expect(status).toBe(403);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(/^This console is read-only: /);
    expect(body.error?.message).toMatch(reason);
  });

  it("no answer carries another session's query text", async () => {
    const victim = driver.session({ database: testDatabase() });
    const running = victim
      .executeRead((tx) => tx.run(SLOW_QUERY), { timeout: 20_000, metadata: { victim: true } })
      .catch(() => undefined);
    try {
      // Neo4j itself shows the other session's query to a READ transaction ...
      await waitFor(async () => {
        const session = driver.session({
          database: testDatabase(),
          defaultAccessMode: neo4j.session.READ,
        });
        try {
          const result = await session.executeRead((tx) =>
            tx.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery"),
          );
          return result.records.some((record) => record.get("currentQuery") === SLOW_QUERY);
        } finally {
          await session.close();
        }
      }, 5_000);
      // ... the console does not.
      const { status, body } = await postCypher(server.baseUrl, {
        query: "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery",
      });
      expect(status).toBe(403);
      expect(JSON.stringify(body)).not.toContain("never");
    } finally {
      await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.victim TERMINATE TRANSACTIONS id YIELD message RETURN message",
        {},
        { database: testDatabase() },
      );
      await running;
      await victim.close();
    }
  });

  it.each(["SHOW INDEXES", "SHOW CONSTRAINTS", "SHOW PROCEDURES", "SHOW FUNCTIONS"])(
    "%s (this database's own schema and catalogue) still runs",
    async (query) => {
      const { status, body } = await postCypher(server.baseUrl, { query });
      expect(status).toBe(200);
      expect(body.rows?.length).toBeGreaterThan(0);
    },
  );
});
