import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { neo4jRolesOf } from "../../server/neo4j/neo4j-user-role";
import { openTestDriver, testDatabase, testNeo4j } from "../support/neo4j";

/**
 * OWNERGRAPH_AUTH=neo4j without OWNERGRAPH_EDITORS: Neo4j's own roles decide who edits. The test
 * Neo4j is Community Edition, which has users but no roles (SHOW CURRENT USER answers null), so
 * there everyone signs in as a reader, even Neo4j's admin user; Enterprise and Aura name roles.
 */

const READER = "og_roles_reader";
const PASSWORD = "neo4j-roles-password-1";

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;

beforeAll(async () => {
  driver = openTestDriver();
  await driver.executeQuery("DROP USER $user IF EXISTS", { user: READER }, { database: "system" });
  await driver.executeQuery(
    "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
    { user: READER, password: PASSWORD },
    { database: "system" },
  );
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: { ...readQueryLimits({}), allowWrites: true },
    auth: { mode: "neo4j", editors: undefined, sessionHours: 1 },
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await app?.close();
  await driver?.executeQuery("DROP USER $user IF EXISTS", { user: READER }, { database: "system" });
  await driver?.close();
});

async function signIn(user: string, password: string) {
  const response = await fetch(`${baseUrl}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user, password }),
  });
  const cookie = /^(ownergraph_session=[^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  return { status: response.status, body: (await response.json()) as unknown, cookie };
}

describe("Ownergraph's role from Neo4j's rights (OWNERGRAPH_EDITORS unset)", () => {
  it("finds no roles on Community Edition: SHOW CURRENT USER answers null", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD edition RETURN edition",
      {},
      { database: testDatabase() },
    );
    expect(records[0]?.get("edition")).toBe("community");
    const auth = neo4j.auth.basic(READER, PASSWORD);
    expect(await neo4jRolesOf(driver, auth, testDatabase())).toBeNull();
    const { username, password } = testNeo4j();
    const admin = neo4j.auth.basic(username, password);
    expect(await neo4jRolesOf(driver, admin, testDatabase())).toBeNull();
  });

  it("signs everyone in as a reader there, Neo4j's admin user too, and keeps their console read-only", async () => {
    const { username, password } = testNeo4j();
    for (const [user, secret] of [
      [READER, PASSWORD],
      [username, password],
    ] as const) {
      const answer = await signIn(user, secret);
      expect(answer.status, user).toBe(200);
      expect(answer.body).toMatchObject({ signedIn: true, role: "reader", user });
      const mode = await fetch(`${baseUrl}/api/cypher/mode`, {
        headers: { cookie: answer.cookie ?? "" },
      });
      expect(await mode.json()).toMatchObject({ mode: "read-only" });
    }
  });
});
