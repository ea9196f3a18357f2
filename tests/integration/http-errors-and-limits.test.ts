import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:net";
import { startTestServer, type TestServer } from "../support/test-server";

// Issue #15: params, paramsText or an export's graph nested 2,000 deep answered 500 "Maximum
// call stack size exceeded"; bad URLs answered in Fastify's body shape; every Fastify 4xx ended
// with the JSON hint, even a static GET; there were no security headers.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface ErrorBody {
  error: { code: string; message: string };
}

async function post(path: string, body: string, contentType = "application/json") {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

/** Raw bytes on a socket: for what fetch would refuse to send (bad URLs, bad UTF-8). */
function raw(requestText: string | Buffer): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString("utf8")));
    socket.on("close", () => {
      const [head = "", ...rest] = text.split("\r\n\r\n");
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]), body: rest.join("\r\n\r\n") });
    });
    socket.on("error", reject);
    // Not end(): the server answers before it sees the client close its side.
    socket.write(requestText);
  });
}

const nested = (depth: number) => "[".repeat(depth) + "1" + "]".repeat(depth);

describe("deep nesting is a 400 naming the limit", () => {
  it("in params", async () => {
    const response = await post(
      "/api/cypher",
      `{"query":"RETURN $a","params":{"a":${nested(2000)}}}`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("Ownergraph.TooDeep");
    expect(response.body.error.message).toMatch(/at most 64 levels/);
  });

  it("in paramsText", async () => {
    const response = await post(
      "/api/cypher",
      JSON.stringify({ query: "RETURN $a", paramsText: `{"a":${nested(2000)}}` }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("Ownergraph.TooDeep");
    expect(response.body.error.message).toMatch(
      /parameters is nested 2001 levels deep; at most 64/,
    );
  });

  it("in an export's graph", async () => {
    const graph = `{"nodes":[{"key":"a","attributes":{"labels":["Entity"],"properties":{"x":${nested(2000)}}}}],"edges":[]}`;
    const response = await post("/api/export", `{"format":"json","graph":${graph}}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/at most 64 levels/);
  });

  it("while sensible nesting still runs", async () => {
    const response = await post(
      "/api/cypher",
      JSON.stringify({ query: "RETURN $a AS a", params: { a: [[[1]]] } }),
    );
    expect(response.status).toBe(200);
  });

  it("and parameter text over the size limit is a 400 naming it", async () => {
    const response = await post(
      "/api/cypher",
      JSON.stringify({ query: "RETURN 1", paramsText: `{"a":"${"x".repeat(1_000_001)}"}` }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/at most 1000000 are accepted/);
  });
});

describe("Fastify's own errors in the one shape", () => {
  it("a %zz in the URL", async () => {
    const answers = [
      await raw("GET /api/entities/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
      await raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.body) as ErrorBody & { statusCode?: number };
      expect(body.error.code).toMatch(/^Ownergraph\./);
      expect(body.error.message).toBeTruthy();
      expect(body.statusCode).toBeUndefined();
      expect(body.error.message).not.toMatch(/Send a JSON body/);
    }
  });

  it("a body that is not UTF-8 or not JSON names the JSON fix", async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x7d]);
    const answer = await raw(
      Buffer.concat([
        Buffer.from(
          `POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
        ),
        bytes,
      ]),
    );
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body) as ErrorBody;
    expect(body.error.code).toMatch(/^Ownergraph\./);
    expect(body.error.message).toMatch(/Send a JSON body/);
  });

  it("a wrong content type is a 415 with the JSON fix", async () => {
    const response = await post("/api/cypher", "<query>RETURN 1</query>", "application/xml");
    expect(response.status).toBe(415);
    expect(response.body.error.message).toMatch(/Send a JSON body/);
  });

  it("a malformed request line gets the shape too", async () => {
    const answer = await raw("GET /\u0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(answer.status).toBe(400);
    expect((JSON.parse(answer.body) as ErrorBody).error.code).toMatch(/^Ownergraph\./);
  });

  it("no static GET error ends with the JSON hint", async () => {
    const answer = await raw(
      "GET /assets/%zz.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    expect(answer.status).toBe(400);
    expect(answer.body).not.toMatch(/Send a JSON body/);
  });
});

describe("security headers", () => {
  it("come with the page and the API", async () => {
    for (const path of ["/", "/api/cypher/mode"]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
    }
  });
});
