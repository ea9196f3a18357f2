import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { startTestServer, type TestServer } from "../support/test-server";

// Issue #15, DNS rebinding: on an instance with writes on, a request with a foreign Host and
// Origin created a node. Node's fetch cannot set Host, so these requests go through node:http.

let server: TestServer;
let port: number;

beforeAll(async () => {
  server = await startTestServer({ allowWrites: true });
  port = Number(new URL(server.baseUrl).port);
});
afterAll(async () => {
  await server.driver.executeQuery("MATCH (p:Probe) DETACH DELETE p");
  await server.close();
});

function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: "127.0.0.1", port, method, path, headers, setHost: !("Host" in headers) },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

async function probes(): Promise<number> {
  const { records } = await server.driver.executeQuery("MATCH (p:Probe) RETURN count(p) AS n");
  return Number(records[0]?.get("n"));
}

const WRITE = JSON.stringify({ query: "CREATE (:Probe) RETURN 1" });

describe("Host allow-list", () => {
  it("refuses the quoted DNS-rebinding write and creates nothing", async () => {
    const before = await probes();
    const response = await send(
      "POST",
      "/api/cypher",
      {
        Host: `evil.example:${port}`,
        Origin: `http://evil.example:${port}`,
        "Content-Type": "application/json",
      },
      WRITE,
    );
    expect(response.status).toBe(403);
    const body = JSON.parse(response.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("Ownergraph.HostNotAllowed");
    expect(body.error.message).toMatch(/OWNERGRAPH_ALLOWED_HOSTS/);
    expect(await probes()).toBe(before);
  });

  it("refuses a foreign Host on a read and on the page too", async () => {
    for (const path of ["/api/health", "/"]) {
      const response = await send("GET", path, { Host: `evil.example:${port}` });
      expect(response.status, path).toBe(403);
    }
  });

  it("answers the loopback names", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const response = await send("GET", "/api/cypher/mode", { Host: host });
      expect(response.status, host).toBe(200);
    }
  });
});

describe("Origin check on state-changing requests", () => {
  it("refuses a write from another origin even with an allowed Host", async () => {
    const before = await probes();
    const response = await send(
      "POST",
      "/api/cypher",
      {
        Host: `127.0.0.1:${port}`,
        Origin: "http://evil.example",
        "Content-Type": "application/json",
      },
      WRITE,
    );
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({
      error: { code: "Ownergraph.CrossOriginRefused" },
    });
    expect(await probes()).toBe(before);
  });

  it("refuses another local port's page (a different origin) and a cross-site fetch", async () => {
    const otherPort = await send(
      "POST",
      "/api/cypher",
      {
        Host: `127.0.0.1:${port}`,
        Origin: `http://localhost:${port + 1}`,
        "Content-Type": "application/json",
      },
      WRITE,
    );
    expect(otherPort.status).toBe(403);
    const crossSite = await send(
      "POST",
      "/api/cypher",
      {
        Host: `127.0.0.1:${port}`,
        "Sec-Fetch-Site": "cross-site",
        "Content-Type": "application/json",
      },
      WRITE,
    );
    expect(crossSite.status).toBe(403);
  });

  it("lets the app's own origin and clients without Origin (curl, the CLI) write", async () => {
    const sameOrigin = await send(
      "POST",
      "/api/cypher",
      {
        Host: `127.0.0.1:${port}`,
        Origin: `http://127.0.0.1:${port}`,
        "Sec-Fetch-Site": "same-origin",
        "Content-Type": "application/json",
      },
      WRITE,
    );
    expect(sameOrigin.status).toBe(200);
    const noOrigin = await send(
      "POST",
      "/api/cypher",
      { Host: `localhost:${port}`, "Content-Type": "application/json" },
      WRITE,
    );
    expect(noOrigin.status).toBe(200);
  });
});
