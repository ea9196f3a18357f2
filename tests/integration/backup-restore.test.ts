import { writeFile, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../server/boot";
import { loadConfig } from "../../server/config";
import { createDriver, type Neo4jConnection } from "../../server/neo4j/connection";
import { startEmbeddedNeo4j, type RunningNeo4j } from "../../server/neo4j/embedded-neo4j";
import { findFreePort } from "../../server/neo4j/free-port";
import { backupStore, restoreStore } from "../../server/services/backup-service";
import {
  canonicalOfDatabase,
  graphDifferences,
  type CanonicalGraph,
} from "../support/graph-canonical";
import { isDeepStrictEqual } from "node:util";

/**
 * `ownergraph backup` and `restore` on real stores: a test store (schema, the seed, and a node
 * with every awkward value type) is dumped with the real neo4j-admin, loaded into an empty data
 * folder, and that database is started and read: every node, relationship, property and
 * constraint is there. Both refuse while the embedded Neo4j runs, and a restore refuses to
 * replace a graph unless told to.
 */

let root: string;
let source: string;
let target: string;
let backupFile: string;
let connection: Neo4jConnection | null = null;
let restored: RunningNeo4j | null = null;
let restoredDriver: Driver | null = null;
let expected: CanonicalGraph;
let expectedSchema: string[];

async function schemaOf(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties",
  );
  return records.map((record) => JSON.stringify(record.toObject())).sort();
}

async function embedded(dataDir: string, password: string) {
  return {
    kind: "embedded" as const,
    dataDir,
    boltPort: await findFreePort(),
    heap: "384m",
    pageCache: "32m",
    password,
  };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "ownergraph-backup-"));
  source = path.join(root, "source");
  target = path.join(root, "target");
  backupFile = path.join(root, "graph.dump");
  connection = await prepareDatabase(
    { ...loadConfig({}), neo4j: await embedded(source, "backup-source-password") },
    () => undefined,
  );
  await connection.driver.executeQuery(
    `CREATE (:Probe {id: 'backup-probe', point: point({x: 1.5, y: -2}), at: datetime('2024-05-31T13:45:00.123+08:00'),
       day: date('2024-02-29'), span: duration('P1Y2M3DT4H'), bytes: $bytes, floats: [1.0, 2.5],
       big: 9007199254740993, text: '航天信息 "quoted"\n'})-[:PROBED {id: 'backup-probed', whole: 24.0}]->(:Probe {id: 'backup-probe-2'})`,
    { bytes: new Uint8Array([0, 1, 254, 255]) },
  );
  expected = await canonicalOfDatabase(connection.driver);
  expectedSchema = await schemaOf(connection.driver);
}, 240_000);

afterAll(async () => {
  await restoredDriver?.close();
  await restored?.stop();
  await connection?.close();
  await rm(root, { recursive: true, force: true });
});

describe("backup and restore of the embedded store", () => {
  it("refuses to back up while the embedded Neo4j runs, saying to stop it", async () => {
    await expect(backupStore(source, backupFile)).rejects.toThrow(
      /is running .*Stop it .*run this again/s,
    );
  }, 120_000);

  it("backs up the stopped store into one file", async () => {
    await connection?.close();
    connection = null;
    const result = await backupStore(source, backupFile);
    expect(result.file).toBe(backupFile);
    expect(result.bytes).toBeGreaterThan(1000);
    expect((await stat(backupFile)).size).toBe(result.bytes);
    await expect(backupStore(source, backupFile)).rejects.toThrow(/already exists/);
  }, 120_000);

  it("refuses a file that is not a dump, and to replace a graph without --replace", async () => {
    const notADump = path.join(root, "not-a-dump.dump");
    await writeFile(notADump, "hello");
    await expect(restoreStore(target, notADump, false)).rejects.toThrow(
      /is not a Neo4j database dump/,
    );
    await expect(restoreStore(source, backupFile, false)).rejects.toThrow(/Add --replace/);
  }, 120_000);

  it("restores into an empty data folder: every node, relationship, property and constraint", async () => {
    const result = await restoreStore(target, backupFile, false);
    expect(result.replaced).toBe(false);
    restored = await startEmbeddedNeo4j(
      await embedded(target, "backup-target-password"),
      () => undefined,
    );
    restoredDriver = createDriver(restored);
    const actual = await canonicalOfDatabase(restoredDriver);
    expect(expected.nodes.size).toBeGreaterThan(40);
    expect(expected.nodes.has("backup-probe")).toBe(true);
    const differences = graphDifferences(expected, actual, {
      mayBeAbsent: () => false,
      equal: (want, got) => isDeepStrictEqual(want, got),
    });
    expect(differences).toEqual([]);
    expect(await schemaOf(restoredDriver)).toEqual(expectedSchema);
  }, 240_000);
});
