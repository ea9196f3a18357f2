import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { buildApp } from "../../server/app";
import { PROJECT_ROOT, readQueryLimits } from "../../server/config";
import { createDriver } from "../../server/neo4j/connection";
import { findFreePort } from "../../server/neo4j/free-port";
import { testDatabase, testNeo4j } from "../support/neo4j";
import { openPage, releaseChromium, sharedChromium } from "../support/browser";
import { waitFor } from "../support/console-api";

// Issue #15: with Neo4j paused the app sat on "Loading the graph…". The server here reaches the
// test Neo4j through a relay that first accepts connections and never answers (as a paused
// Neo4j does), then passes them through, as when Neo4j resumes.

let app: FastifyInstance;
let driver: Driver;
let baseUrl: string;
let browser: Browser;
let relayPort: number;
let relay: net.Server | null = null;

let passThrough = false;
const held: net.Socket[] = [];

function startRelay(): Promise<void> {
  const target = new URL(testNeo4j().uri.replace(/^[a-z+]+:/, "http:"));
  relay = net.createServer((client) => {
    client.on("error", () => client.destroy());
    if (!passThrough) {
      held.push(client);
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on("error", () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => relay?.listen(relayPort, "127.0.0.1", resolve));
}

/** Neo4j "resumes": held connections drop, new ones pass through. */
function resume(): void {
  passThrough = true;
  for (const socket of held) socket.destroy();
}

beforeAll(async () => {
  relayPort = await findFreePort();
  await startRelay();
  const { username, password } = testNeo4j();
  driver = createDriver({
    uri: `bolt://127.0.0.1:${relayPort}`,
    username,
    password,
    database: undefined,
  });
  app = await buildApp({
    driver,
    database: testDatabase(),
    limits: readQueryLimits({}),
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  });
  baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await sharedChromium();
});
afterAll(async () => {
  await releaseChromium();
  await app?.close();
  await driver?.close();
  await new Promise((resolve) => (relay ? relay.close(resolve) : resolve(undefined)));
});

describe("the app while Neo4j is unavailable", () => {
  it("shows a banner with Retry instead of spinning, and loads the graph on Retry once Neo4j is back", async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const banner = page.getByRole("alert");
    await banner.waitFor({ timeout: 12_000 });
    expect(await banner.textContent()).toMatch(/Neo4j is not available right now/);
    expect(await page.getByRole("status").textContent()).not.toMatch(/Loading the graph/);

    resume();
    const healthy = async () => (await fetch(`${baseUrl}/api/health`)).status === 200;
    expect(await waitFor(healthy, 20_000, 250)).toBe(true);
    await banner.getByRole("button", { name: "Retry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /[1-9]\d* entities on screen/ })
      .waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors.filter((error) => !/status of 503/.test(error))).toEqual([]);
  }, 60_000);
});
