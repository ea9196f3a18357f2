import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnNeo4jServer, type OwnNeo4jServer } from "../support/own-neo4j";
import { waitFor } from "../support/console-api";

// Issue #15: with the embedded Neo4j paused every call (health too) waited until it resumed;
// after its JVM was killed the server answered 503 forever and logged nothing.

let server: OwnNeo4jServer;

beforeAll(async () => {
  server = await startOwnNeo4jServer();
});
afterAll(async () => {
  await server?.close();
});

async function timed(path: string, init?: RequestInit) {
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}${path}`, init);
  const body = (await response.json()) as { status?: string; error?: { message: string } };
  return { status: response.status, body, ms: Date.now() - started };
}

const health = () => timed("/api/health");
const console1 = () =>
  timed("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "RETURN 1 AS one" }),
  });

describe("a paused Neo4j", () => {
  it("answers health and API calls with 503 within 5 s, and recovers when it resumes", async () => {
    expect((await health()).status).toBe(200);
    expect((await console1()).status).toBe(200);
    const pid = server.pid();
    process.kill(pid, "SIGSTOP");
    try {
      const [inFlight, pausedHealth] = await Promise.all([console1(), health()]);
      expect(pausedHealth.status).toBe(503);
      expect(pausedHealth.ms).toBeLessThan(5_000);
      expect(pausedHealth.body.error?.message).toMatch(/Neo4j/);
      // A call already waiting on Neo4j is given up once the check overruns its deadline.
      expect(inFlight.status).toBe(503);
      expect(inFlight.ms).toBeLessThan(8_000);
      const later = await console1();
      expect(later.status).toBe(503);
      expect(later.ms).toBeLessThan(1_000);
      expect(later.body.error?.message).toMatch(/has not answered for \d+ s/);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    expect(await waitFor(async () => (await health()).status === 200, 15_000, 500)).toBe(true);
    expect((await console1()).status).toBe(200);
  }, 60_000);
});

describe("a killed Neo4j", () => {
  it("is restarted by the server, said so in the log, and answers again", async () => {
    const pid = server.pid();
    process.kill(pid, "SIGKILL");
    expect(
      await waitFor(async () => (await health()).status === 503, 10_000, 200),
      "health says 503 while Neo4j is down",
    ).toBe(true);
    expect(await waitFor(async () => (await health()).status === 200, 150_000, 1_000)).toBe(true);
    expect(server.pid()).not.toBe(pid);
    expect((await console1()).status).toBe(200);
    expect(server.log.join("\n")).toMatch(/Embedded Neo4j stopped: its JVM was killed by SIGKILL/);
    expect(server.log.join("\n")).toMatch(/Embedded Neo4j is back at bolt:\/\//);
  }, 180_000);
});
