import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { request } from "node:https";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { testNeo4j } from "../support/neo4j";

/**
 * HTTPS from a given certificate and key: the real server (server/main.ts, as `npm start` runs
 * it, against the test Neo4j) with OWNERGRAPH_TLS_CERT / OWNERGRAPH_TLS_KEY set to a self-signed
 * certificate made here with openssl. Its start line names https://, a client that trusts the
 * certificate gets answers, the session cookie is Secure and HSTS is sent; plain HTTP gets none.
 */

const TOKEN = "tls-test-token-0123456789";
let folder: string;
let cert: Buffer;
let child: ChildProcess;
let output = "";
let port = 0;

function httpsCall(
  method: string,
  pathName: string,
  body?: unknown,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        servername: "localhost",
        port,
        method,
        path: pathName,
        ca: cert,
        headers: {
          host: `localhost:${port}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    req.once("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-tls-"));
  const certFile = path.join(folder, "cert.pem");
  const keyFile = path.join(folder, "key.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
      .concat(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
      .concat(["-keyout", keyFile, "-out", certFile]),
    { stdio: "ignore" },
  );
  cert = await readFile(certFile);
  const neo4j = testNeo4j();
  child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_ROOT, "server", "main.ts")],
    {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: "0",
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: neo4j.username,
        NEO4J_PASSWORD: neo4j.password,
        OWNERGRAPH_AUTH: "token",
        OWNERGRAPH_ACCESS_TOKEN: TOKEN,
        OWNERGRAPH_TLS_CERT: certFile,
        OWNERGRAPH_TLS_KEY: keyFile,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  while (!/Ownergraph is running at/.test(output)) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output}`);
    if (Date.now() - started > 60_000) throw new Error(`The server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  port = Number(/running at https:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1] ?? 0);
}, 90_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  await rm(folder, { recursive: true, force: true });
});

describe("HTTPS from OWNERGRAPH_TLS_CERT and OWNERGRAPH_TLS_KEY", () => {
  it("prints the https:// address it listens on", () => {
    expect(output).toMatch(/Ownergraph is running at https:\/\/127\.0\.0\.1:\d+\//);
    expect(port).toBeGreaterThan(0);
  });

  it("answers over TLS, with a Secure session cookie and HSTS", async () => {
    const health = await httpsCall("GET", "/api/health");
    expect(health.status).toBe(200);
    expect(health.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const signIn = await httpsCall("POST", "/api/sign-in", { token: TOKEN });
    expect(signIn.status).toBe(200);
    const cookie = String(signIn.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
  });

  it("says nothing to plain HTTP on the same port", async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write(`GET /api/health HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
      socket.setTimeout(5_000, () => socket.destroy());
    });
    expect(answer).not.toMatch(/"status"\s*:\s*"ok"/);
  });
});
