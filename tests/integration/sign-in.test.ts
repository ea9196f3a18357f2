import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { buildApp } from "../../server/app";
import { PROJECT_ROOT, readQueryLimits } from "../../server/config";
import { openTestDriver, testDatabase } from "../support/neo4j";
import { tokenAuth } from "../support/token-auth";

const READER_TOKEN = "reader-token-0123456789";
const EDITOR_TOKEN = "editor-token-0123456789";
const AUTH = tokenAuth(READER_TOKEN, EDITOR_TOKEN);

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;
let auditDir: string;

beforeAll(async () => {
  auditDir = await mkdtemp(path.join(os.tmpdir(), "ownergraph-audit-"));
  driver = openTestDriver();
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: { ...readQueryLimits({}), allowWrites: true },
    auth: AUTH,
    auditLogFile: path.join(auditDir, "audit.jsonl"),
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await app.close();
  await driver.executeQuery("MATCH (p:AuditProbe) DETACH DELETE p");
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
    body: (text.startsWith("{") ? JSON.parse(text) : {}) as Record<string, unknown> & {
      error?: { code: string; message: string };
    },
  };
}

async function signIn(token: string): Promise<string> {
  const answer = await call("POST", "/api/sign-in", { body: { token } });
  expect(answer.status).toBe(200);
  const cookie = /^(ownergraph_session=[^;]+)/.exec(answer.setCookie)?.[1];
  expect(cookie).toBeTruthy();
  return cookie ?? "";
}

describe("shared access token sign-in", () => {
  it("keeps the API closed until sign-in, while the page and health stay open", async () => {
    const closed = await call("GET", "/api/search?q=aisino");
    expect(closed.status).toBe(401);
    expect(closed.body.error?.code).toBe("Ownergraph.SignInRequired");
    expect((await call("GET", "/api/health")).status).toBe(200);
    expect((await fetch(`${baseUrl}/`)).status).toBe(200);
    expect((await call("GET", "/api/session")).body).toMatchObject({ signedIn: false });
  });

  it("refuses a wrong token and a body without one", async () => {
    const wrong = await call("POST", "/api/sign-in", { body: { token: "not-the-token-at-all" } });
    expect(wrong.status).toBe(401);
    expect(wrong.setCookie).toBe("");
    const missing = await call("POST", "/api/sign-in", { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.message).toMatch(/token/);
  });

  it("gives a reader an HttpOnly, SameSite=Strict cookie, exploring and a read-only console", async () => {
    const answer = await call("POST", "/api/sign-in", { body: { token: READER_TOKEN } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ signedIn: true, role: "reader" });
    expect(answer.setCookie).toMatch(/HttpOnly/i);
    expect(answer.setCookie).toMatch(/SameSite=Strict/i);
    expect(answer.setCookie).toMatch(/Path=\//);
    expect(answer.setCookie).toMatch(/Expires=/);
    const cookie = /^(ownergraph_session=[^;]+)/.exec(answer.setCookie)?.[1] ?? "";
    expect((await call("GET", "/api/search?q=aisino", { cookie })).status).toBe(200);
    expect((await call("GET", "/api/cypher/mode", { cookie })).body.mode).toBe("read-only");
    const write = await call("POST", "/api/cypher", {
      cookie,
      body: { query: "CREATE (:Probe) RETURN 1" },
    });
    expect(write.status).toBe(403);
    // The server allows writes, so the way on is an editor's sign-in, not a server setting.
    const refusal = (write.body as { error: { message: string } }).error.message;
    expect(refusal).toMatch(/sign in as an editor/);
    expect(refusal).not.toMatch(/OWNERGRAPH_ALLOW_WRITES/);
  });

  it("gives an editor the write console the server allows", async () => {
    const cookie = await signIn(EDITOR_TOKEN);
    expect((await call("GET", "/api/cypher/mode", { cookie })).body.mode).toBe("read-write");
    const write = await call("POST", "/api/cypher", {
      cookie,
      body: { query: "CREATE (:AuditProbe) RETURN 1" },
    });
    expect(write.status).toBe(200);
  });

  it("writes sign-ins and console writes to the audit log, without tokens", async () => {
    const text = await readFile(path.join(auditDir, "audit.jsonl"), "utf8");
    const lines = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "sign-in", outcome: "refused", address: "127.0.0.1" }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "sign-in", outcome: "ok", role: "reader" }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        event: "console-write",
        role: "editor",
        query: "CREATE (:AuditProbe) RETURN 1",
        counters: expect.objectContaining({ nodesCreated: 1 }),
      }),
    );
    for (const line of lines) expect(typeof line.time).toBe("string");
    expect(text).not.toContain(READER_TOKEN);
    expect(text).not.toContain(EDITOR_TOKEN);
  });

  it("signs out", async () => {
    const cookie = await signIn(READER_TOKEN);
    const out = await call("POST", "/api/sign-out", { cookie });
    expect(out.status).toBe(200);
    expect(out.setCookie).toMatch(/ownergraph_session=;/);
    expect((await call("GET", "/api/search?q=aisino", { cookie })).status).toBe(401);
  });

  it("lets sessions expire", async () => {
    const shortLived = await buildApp({
      driver,
      database: testDatabase(),
      limits: readQueryLimits({}),
      auth: { ...AUTH, sessionHours: 1 / 3600 },
    });
    try {
      const signedIn = await shortLived.inject({
        method: "POST",
        url: "/api/sign-in",
        payload: { token: READER_TOKEN },
      });
      const cookie = String(signedIn.headers["set-cookie"]).split(";")[0] ?? "";
      const mode = () =>
        shortLived.inject({ method: "GET", url: "/api/cypher/mode", headers: { cookie } });
      expect((await mode()).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await mode()).statusCode).toBe(401);
    } finally {
      await shortLived.close();
    }
  });

  it("limits sign-in attempts per address", async () => {
    let last = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      last = (await call("POST", "/api/sign-in", { body: { token: "guess-guess-guess-1" } }))
        .status;
    }
    expect(last).toBe(429);
    const limited = await call("POST", "/api/sign-in", { body: { token: READER_TOKEN } });
    expect(limited.status).toBe(429);
    expect(limited.body.error?.code).toBe("Ownergraph.TooManySignIns");
  });
});

describe("listening beyond loopback", () => {
  it("refuses to start without sign-in, saying how to configure it", async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", path.join(PROJECT_ROOT, "server", "main.ts")],
          {
            env: { ...process.env, HOST: "0.0.0.0", PORT: "0", OWNERGRAPH_AUTH: "" },
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
        child.on("exit", (exitCode) => resolve({ code: exitCode, output: text }));
      },
    );
    expect(code).toBe(1);
    expect(output).toMatch(/HOST=0\.0\.0\.0 would open Ownergraph to the network with no sign-in/);
    expect(output).toMatch(/OWNERGRAPH_AUTH=token/);
    expect(output).not.toMatch(/Starting embedded Neo4j/);
  }, 60_000);
});
