import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChainResponse, NeighboursResponse } from "../../domain/wire/explorer-api-types";
import { buildApp } from "../../server/app";
import { readQueryLimits } from "../../server/config";
import { createDriver } from "../../server/neo4j/connection";
import { findFreePort } from "../../server/neo4j/free-port";
import { startTestServer, type TestServer } from "../support/test-server";
import { getApi } from "../support/explorer-api";
import { readChain } from "../../server/explorer/chain-read";
import { todayUtc } from "../../domain/time";
import { testDatabase } from "../support/neo4j";

// Test-only data, tagged so it can be removed: a super-node with 2,500 holdings, a ring of
// cross-holdings (ring-a owns ring-b owns ring-c owns ring-a, ring-top owns ring-a), and a ladder
// of diamonds: each of its levels owns the one below through 12 holders side by side, so 6 levels
// hold 12^6 (about 3 million) distinct paths of 12 links from the bottom to the top.
const TAG = "explorer-stress-test";
const HOLDINGS = 2_500;
const LADDER = { levels: 6, width: 12 };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.driver.executeQuery(
    `CREATE (hub:Entity:Company { id: 'stress-hub', caption: 'Stress hub', dataset: $tag })
     WITH hub
     UNWIND range(1, $count) AS i
     CREATE (held:Entity:Company { id: 'stress-held-' + i, caption: 'Held ' + i, dataset: $tag })
     CREATE (hub)-[:OWNS { id: 'stress-owns-' + i, shareExact: toFloat(i % 100), firmness: 'inferred',
       sourceIds: [], quotes: [], dataset: $tag }]->(held)`,
    { tag: TAG, count: HOLDINGS },
  );
  await server.driver.executeQuery(
    `UNWIND ['ring-top', 'ring-a', 'ring-b', 'ring-c'] AS id
     CREATE (:Entity:Company { id: id, caption: id, dataset: $tag })
     WITH count(*) AS made
     UNWIND [['ring-top','ring-a',30.0], ['ring-a','ring-b',50.0], ['ring-b','ring-c',50.0], ['ring-c','ring-a',20.0]] AS pair
     MATCH (owner:Entity { id: pair[0] }), (owned:Entity { id: pair[1] })
     CREATE (owner)-[:OWNS { id: pair[0] + '-' + pair[1], shareExact: pair[2], firmness: 'inferred',
       sourceIds: [], quotes: [], dataset: $tag }]->(owned)`,
    { tag: TAG },
  );
  await server.driver.executeQuery(
    `UNWIND range(0, $levels) AS level
     CREATE (:Entity:Company { id: 'ladder-' + level, caption: 'Ladder ' + level, dataset: $tag })
     WITH count(*) AS made
     UNWIND range(1, $levels) AS level
     UNWIND range(1, $width) AS side
     MATCH (upper:Entity { id: 'ladder-' + level }), (lower:Entity { id: 'ladder-' + (level - 1) })
     CREATE (upper)-[:OWNS { id: 'ladder-up-' + level + '-' + side, shareExact: 50.0,
       firmness: 'inferred', sourceIds: [], quotes: [], dataset: $tag }]->
       (middle:Entity:Company { id: 'ladder-' + level + '-' + side, caption: 'Rung ' + level + '.' + side,
         dataset: $tag })
     CREATE (middle)-[:OWNS { id: 'ladder-down-' + level + '-' + side, shareExact: 50.0,
       firmness: 'inferred', sourceIds: [], quotes: [], dataset: $tag }]->(lower)`,
    { tag: TAG, levels: LADDER.levels, width: LADDER.width },
  );
});
afterAll(async () => {
  await server?.driver.executeQuery("MATCH (n { dataset: $tag }) DETACH DELETE n", { tag: TAG });
  await server?.close();
});

describe("a super-node", () => {
  // Its speed is measured by `npm run bench` (BENCHMARKS.md), not timed here: a clock in a test
  // fails on a busy machine and proves nothing on an idle one.
  it("expands one page at a time with an honest count of the rest", async () => {
    const { status, body } = await getApi<NeighboursResponse>(
      server,
      "/api/entities/stress-hub/neighbours?limit=50",
    );
    expect(status).toBe(200);
    expect(body.total).toBe(HOLDINGS);
    expect(body.returned).toBe(50);
    expect(body.remaining).toBe(HOLDINGS - 50);
    expect(body.graph.nodes).toHaveLength(51);
    // Largest stated share first.
    expect(body.items[0]?.edge.attributes.properties["shareExact"]).toBe(99);
    // The whole page in order: share descending, then the neighbour's name.
    const keyed = body.items.map((item) => ({
      share: item.edge.attributes.properties["shareExact"] as number,
      name: String(
        body.graph.nodes.find((node) => node.key === item.neighbourKey)?.attributes.properties[
          "caption"
        ] ?? "",
      ),
    }));
    // Neo4j orders strings by code point, as < does.
    const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sorted = [...keyed].sort((a, b) => b.share - a.share || byName(a.name, b.name));
    expect(keyed).toEqual(sorted);
    const last = await getApi<NeighboursResponse>(
      server,
      `/api/entities/stress-hub/neighbours?limit=50&skip=${HOLDINGS - 20}`,
    );
    expect(last.body.returned).toBe(20);
    expect(last.body.remaining).toBe(0);
  });

  it("caps a chain walk down and says so", async () => {
    const { body } = await getApi<ChainResponse>(
      server,
      "/api/entities/stress-hub/chain-down?limit=100",
    );
    expect(body.truncated).toBe(true);
    expect(body.message).toMatch(/Only 100 of the 2,500 entities below are shown/);
    expect(body.graph.nodes).toHaveLength(101);
  });

  it("stops a walk past its cap, keeps the nearest, and counts the rest as at least", async () => {
    const db = { driver: server.driver, database: testDatabase() };
    const filters = { hiddenDatasets: [], days: [todayUtc()] };
    const whole = await readChain(db, "down", "stress-hub", filters, 100);
    expect([whole.total, whole.totalIsAtLeast]).toEqual([HOLDINGS, false]);
    const capped = await readChain(db, "down", "stress-hub", filters, 100, 1_000);
    expect([capped.total, capped.totalIsAtLeast]).toEqual([1_000, true]);
    expect(capped.graph.nodes).toHaveLength(101);
    // Breadth first: the 12 rungs one link below the ladder's top, then the level under them.
    const ladder = await readChain(db, "down", `ladder-${LADDER.levels}`, filters, 13, 13);
    expect([ladder.total, ladder.totalIsAtLeast]).toEqual([14, true]);
    expect(ladder.graph.nodes.map((node) => node.key).sort()).toEqual(
      [
        `ladder-${LADDER.levels}`,
        `ladder-${LADDER.levels - 1}`,
        ...Array.from({ length: LADDER.width }, (_, side) => `ladder-${LADDER.levels}-${side + 1}`),
      ].sort(),
    );
    // A walk that ends below its cap found everything; one that reaches it says "at least".
    expect((await readChain(db, "down", "ring-top", filters, 2, 4)).totalIsAtLeast).toBe(false);
    const ring = await readChain(db, "down", "ring-top", filters, 2, 3);
    expect([ring.total, ring.totalIsAtLeast]).toEqual([3, true]);
  });
});

describe("cross-holdings", () => {
  it("are detected and reported, never looped", async () => {
    const { status, body } = await getApi<ChainResponse>(server, "/api/entities/ring-b/chain-up");
    expect(status).toBe(200);
    expect(body.crossHoldings).toHaveLength(1);
    // Keys are entity ids: the chain and its graph speak the same keys as the page.
    expect(body.crossHoldings[0]?.memberKeys.sort()).toEqual(["ring-a", "ring-b", "ring-c"]);
    expect(body.ends.map((end) => end.key)).toEqual(["ring-top"]);
    // Counted once along simple paths: 30 % of ring-a, half of that in ring-b; the way round
    // the ring is not counted again.
    expect(body.ends[0]?.economicShare).toBe("15%");
    expect(body.ends[0]?.effectiveShare).toBe("15%");
    // Integrated (Vitali et al. 2011): every walk ring-a → … → ring-b, round the ring
    // ring-a → ring-b → ring-c → ring-a (50 % × 50 % × 20 % = 5 %) any number of times:
    // 0.3 × 0.5 / (1 − 0.05) = 0.15 / 0.95 = 15.79 %.
    expect(body.ends[0]?.integratedShare).toBe("15.79%");
    expect(body.ends[0]?.figures.map((figure) => [figure.method, figure.value])).toEqual([
      ["counted once along simple paths", "15%"],
      ["integrated (Vitali et al. 2011)", "15.79%"],
      ["held by it and the entities it controls", "15%"],
    ]);
  });
});

describe("a ladder of diamonds", () => {
  it("walks millions of paths' worth of chain by visiting each entity once", async () => {
    const { status, body } = await getApi<ChainResponse>(server, "/api/entities/ladder-0/chain-up");
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    // Every level and every holder between levels: 6 + 6 × 12 entities above the bottom.
    expect(body.graph.nodes).toHaveLength(1 + LADDER.levels * (1 + LADDER.width));
    expect(body.ends.map((end) => end.key)).toEqual([`ladder-${LADDER.levels}`]);
  });
});

describe("when Neo4j is down", () => {
  it("answers 503 with a message the page can show", async () => {
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${await findFreePort()}`,
      username: "neo4j",
      password: "whatever1",
      database: undefined,
    });
    const app = await buildApp({ driver, database: undefined, limits: readQueryLimits({}) });
    try {
      for (const url of [
        "/api/search?q=aisino",
        "/api/entities/aisino/neighbours",
        "/api/path?from=a&to=b",
      ]) {
        const response = await app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBe(503);
        expect(response.json<{ error: { message: string } }>().error.message).toMatch(
          /Neo4j is not available right now/,
        );
      }
    } finally {
      await app.close();
      await driver.close();
    }
  });
});
