import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "../support/neo4j";

/**
 * OWNERGRAPH_AUTH=neo4j against the real test Neo4j (auth on): two Neo4j users made here sign in
 * with their own names and passwords, checked by Neo4j; OWNERGRAPH_EDITORS makes one an editor;
 * and each person's queries run as that person (Neo4j's dbms.showCurrentUser names them, not
 * the server's own user). The password is in no cookie and no audit line.
 */

const READER = "og_test_reader";
const EDITOR = "og_test_editor";
const PASSWORD = "neo4j-user-password-1";

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;
let auditDir: string;

async function dropUsers(): Promise<void> {
  for (const user of [READER, EDITOR]) {
    await driver.executeQuery("DROP USER $user IF EXISTS", { user }, { database: "system" });
  }
}

beforeAll(async () => {
  driver = openTestDriver();
  await dropUsers();
  for (const user of [READER, EDITOR]) {
    await driver.executeQuery(
      "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
      { user, password: PASSWORD },
      { database: "system" },
    );
  }
  auditDir = await mkdtemp(path.join(os.tmpdir(), "ownergraph-neo4j-users-"));
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: { ...readQueryLimits({}), allowWrites: true },
    auth: { mode: "neo4j", editors: new Set([EDITOR]), sessionHours: 1 },
    auditLogFile: path.join(auditDir, "audit.jsonl"),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await app.close();
  await dropUsers();
  await driver.close();
  await rm(auditDir, { recursive: true, force: true });
});

async function call(
  method: string,
  pathName: string,
  options: { cookie?: string; body?: unknown } = {},
) {
  const response = await fetch(`${baseUrl}${pathName}`, {
    method,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    setCookie: response.headers.get("set-cookie") ?? "",
    text,
    body: JSON.parse(text) as Record<string, unknown> & { error?: { code: string } },
  };
}

async function signIn(user: string): Promise<string> {
  const answer = await call("POST", "/api/sign-in", { body: { user, password: PASSWORD } });
  expect(answer.status).toBe(200);
  expect(answer.setCookie).not.toContain(PASSWORD);
  return /^(ownergraph_session=[^;]+)/.exec(answer.setCookie)?.[1] ?? "";
}

describe("sign-in with Neo4j users (OWNERGRAPH_AUTH=neo4j)", () => {
  it("keeps the API closed, and refuses a wrong password or a token", async () => {
    expect((await call("GET", "/api/search?q=aisino")).status).toBe(401);
    expect((await call("GET", "/api/session")).body).toMatchObject({
      auth: "neo4j",
      signedIn: false,
    });
    const wrong = await call("POST", "/api/sign-in", {
      body: { user: READER, password: "not-it-at-all" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe("Ownergraph.WrongNeo4jCredentials");
    expect(wrong.setCookie).toBe("");
    const token = await call("POST", "/api/sign-in", { body: { token: "some-token-0123456789" } });
    expect(token.status).toBe(400);
  });

  it("a user not named in OWNERGRAPH_EDITORS reads: explores, and the console stays read-only", async () => {
    const cookie = await signIn(READER);
    expect((await call("GET", "/api/session", { cookie })).body).toMatchObject({
      signedIn: true,
      role: "reader",
      user: READER,
    });
    expect((await call("GET", "/api/search?q=aisino", { cookie })).status).toBe(200);
    expect((await call("GET", "/api/entities/aisino/chain-up", { cookie })).status).toBe(200);
    const write = await call("POST", "/api/cypher", {
      cookie,
      body: { query: "CREATE (:Probe) RETURN 1" },
    });
    expect(write.status).toBe(403);
  });

  it("an editor's queries run as that Neo4j user, not as the server's", async () => {
    const cookie = await signIn(EDITOR);
    const answer = await call("POST", "/api/cypher", {
      cookie,
      body: { query: "CALL dbms.showCurrentUser() YIELD username RETURN username" },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(EDITOR);
  });

  it("writes who signed in to the audit log, and never the password", async () => {
    await call("POST", "/api/sign-out", { cookie: await signIn(READER) });
    const audit = await readFile(path.join(auditDir, "audit.jsonl"), "utf8");
    const lines = audit
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "sign-in", outcome: "refused", user: READER }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "sign-in", outcome: "ok", user: EDITOR, role: "editor" }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "sign-out", user: READER, role: "reader" }),
    );
    expect(audit).not.toContain(PASSWORD);
  });
});
