import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitStatements } from "../../cypher/registry";
import type { PropertyValue, WireGraph } from "../../domain/wire/graph-wire-types";
import { createDriver } from "../../server/neo4j/connection";
import { startEmbeddedNeo4j, type RunningNeo4j } from "../../server/neo4j/embedded-neo4j";
import { findFreePort } from "../../server/neo4j/free-port";
import { trickyGraph } from "../fixtures/export/tricky-graph";
import { postExport } from "../support/export-api";
import {
  canonicalOfDatabase,
  canonicalOfWire,
  graphDifferences,
  type CanonicalGraph,
} from "../support/graph-canonical";
import { neo4jAdminImport } from "../support/neo4j-admin-import";
import { startTestServer, type TestServer } from "../support/test-server";

/**
 * The round trip through another Neo4j: the whole seed (every entity, the relationships among
 * them, the sources they cite) plus a graph of awkward names and values is exported as CSV and
 * imported by the real neo4j-admin into a fresh Neo4j home; that database is read and compared.
 * Then it is emptied and the Cypher script is replayed into it, twice (rerunnable), and compared
 * again. Community Neo4j has one user database, so "an empty database" is this one, emptied.
 */

const entities = JSON.parse(
  readFileSync(new URL("../../graph-seed/data/entities.json", import.meta.url), "utf8"),
) as { id: string }[];

let server: TestServer;
let home: string;
let neo4j: RunningNeo4j | null = null;
let driver: Driver | null = null;
let exported: WireGraph;
let expected: CanonicalGraph;
let csv: Record<string, string>;
let script: string;

beforeAll(async () => {
  server = await startTestServer();
  home = await mkdtemp(path.join(os.tmpdir(), "ownergraph-export-replay-"));
  const seed = await postExport(server.baseUrl, {
    format: "json",
    nodes: entities.map((entity) => entity.id),
  });
  expect(seed.status).toBe(200);
  const seedGraph = JSON.parse(seed.text) as WireGraph;
  exported = {
    nodes: [...seedGraph.nodes, ...trickyGraph.nodes],
    edges: [...seedGraph.edges, ...trickyGraph.edges],
  };
  expected = canonicalOfWire(exported);
  const graph = { graph: exported, withSources: false };
  csv = JSON.parse((await postExport(server.baseUrl, { format: "csv", ...graph })).text) as Record<
    string,
    string
  >;
  script = (await postExport(server.baseUrl, { format: "cypher", ...graph })).text;
}, 120_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  await server.close();
  await rm(home, { recursive: true, force: true });
});

function isTagged(value: PropertyValue | undefined, type: string): value is { $type: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "$type" in value
    ? value.$type === type
    : false;
}

function jsonValue(text: PropertyValue | undefined): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The Neo4j types of the seed's figures and of the awkward graph's integers, as stored. */
async function storedNumberTypes(db: Driver): Promise<Record<string, string[]>> {
  const { records } = await db.executeQuery(
    `MATCH (n:Entity) WHERE NOT n.id STARTS WITH 'E-'
     UNWIND ['registeredCapital', 'approvedBudget', 'eChannelCount'] AS name
     WITH name, n[name] AS value WHERE value IS NOT NULL
     RETURN name, collect(DISTINCT valueType(value)) AS types
     UNION
     MATCH (n {id: 'E-aisino'})
     RETURN 'employees' AS name, [valueType(n.employees)] AS types
     UNION
     MATCH ()-[r:OWNS]->() WHERE r.shareExact IS NOT NULL
     RETURN 'shareExact' AS name, collect(DISTINCT valueType(r.shareExact)) AS types`,
  );
  return Object.fromEntries(
    records.map((record) => [String(record.get("name")), record.get("types") as string[]]),
  );
}

const NUMBER_TYPES = {
  registeredCapital: ["FLOAT NOT NULL"],
  approvedBudget: ["FLOAT NOT NULL"],
  eChannelCount: ["FLOAT NOT NULL"],
  employees: ["INTEGER NOT NULL"],
  shareExact: ["FLOAT NOT NULL"],
};

describe("export → another Neo4j → the same graph", () => {
  it("the seed holds sources and the awkward graph its names", () => {
    expect(exported.nodes.some((node) => node.attributes.labels.includes("Source"))).toBe(true);
    expect(expected.nodes.size).toBe(exported.nodes.length);
  });

  it("CSV: the real neo4j-admin imports it, and every node, relationship and value is there", async () => {
    const output = await neo4jAdminImport(
      home,
      { nodes: csv["nodes.csv"] ?? "", relationships: csv["relationships.csv"] ?? "" },
      csv.importCommand ?? "",
    );
    expect(output).toMatch(/IMPORT DONE/);
    neo4j = await startEmbeddedNeo4j(
      {
        kind: "embedded",
        dataDir: home,
        boltPort: await findFreePort(),
        heap: "512m",
        pageCache: "64m",
        password: "export-replay-password",
      },
      () => undefined,
    );
    driver = createDriver(neo4j);
    const differences = graphDifferences(expected, await canonicalOfDatabase(driver), {
      // neo4j-admin stores no property for an empty field: null and [] leave none.
      mayBeAbsent: (value) => value === null || (Array.isArray(value) && value.length === 0),
      // Columns without a neo4j-admin type hold values as JSON text: bytes, and mixed kinds
      // (here Source dates: text in the seed, a Date in the awkward graph).
      equal: (want, got) => isDeepStrictEqual(want, got) || isDeepStrictEqual(jsonValue(got), want),
    });
    expect(differences).toEqual([]);
    // Whole-number floats (1846000000.0, 24.0) come back as floats, integers as integers.
    expect(await storedNumberTypes(driver)).toEqual(NUMBER_TYPES);
  }, 240_000);

  it("Cypher: replayed into the emptied database, twice, it gives the same graph", async () => {
    if (driver === null) throw new Error("the CSV test did not start Neo4j");
    await driver.executeQuery("MATCH (n) DETACH DELETE n");
    const statements = splitStatements(script);
    expect(statements[0]).toMatch(/^(\/\/.*\n|\n)*CREATE CONSTRAINT/);
    for (let round = 0; round < 2; round++) {
      for (const statement of statements) await driver.executeQuery(statement);
    }
    const differences = graphDifferences(expected, await canonicalOfDatabase(driver), {
      // Cypher cannot store a null property.
      mayBeAbsent: (value) => value === null,
      // A byte array is written as its base64 text.
      equal: (want, got) =>
        isDeepStrictEqual(want, got) ||
        (isTagged(want, "Bytes") && got === (want as unknown as { base64: string }).base64),
    });
    expect(differences).toEqual([]);
    expect(await storedNumberTypes(driver)).toEqual(NUMBER_TYPES);
  }, 120_000);
});
