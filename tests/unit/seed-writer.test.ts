import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cypher } from "../../cypher/registry";
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from "../../domain/model";
import {
  SeedWriteError,
  readSeedDirectory,
  writeSeed,
  type SeedTransaction,
} from "../../graph-seed";
import { seedRows } from "../../graph-seed/seed-rows";

const dataset = await readSeedDirectory();

interface RecordedRun {
  query: string;
  parameters: Record<string, unknown> | undefined;
}

/** A transaction that records what it is asked to run and answers like the driver would. */
function recordingTransaction(written?: (rows: unknown[]) => number): {
  tx: SeedTransaction;
  runs: RecordedRun[];
} {
  const runs: RecordedRun[] = [];
  const tx: SeedTransaction = {
    run(query, parameters) {
      runs.push({ query, parameters });
      const rows = Array.isArray(parameters?.["rows"]) ? (parameters["rows"] as unknown[]) : [];
      const count = written ? written(rows) : rows.length;
      return Promise.resolve({
        records: [{ get: (key: string) => (key === "written" ? count : null) }],
      });
    },
  };
  return { tx, runs };
}

function containsNull(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.some(containsNull);
  if (typeof value === "object") return Object.values(value).some(containsNull);
  return false;
}

describe("writeSeed", () => {
  it("runs the registry's queries in order, with data only in parameters, version last", async () => {
    const { tx, runs } = recordingTransaction();
    const summary = await writeSeed(tx, dataset);
    expect(runs.map((run) => run.query)).toEqual([
      cypher("delete-seed-relationships"),
      cypher("merge-seed-sources"),
      cypher("merge-seed-entities"),
      cypher("delete-stale-seed-nodes"),
      cypher("merge-seed-relationships"),
      cypher("merge-seed-sourced-from"),
      cypher("set-seed-version"),
    ]);
    expect(runs.at(-1)?.parameters).toEqual({ key: "seed", seedVersion: dataset.seedVersion });
    expect(summary).toMatchObject({
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      sources: dataset.sources.length,
    });
  });

  it("marks everything it writes as seeded and sends no nulls", () => {
    const rows = seedRows(dataset);
    const all = [...rows.sources, ...rows.entities, ...rows.relationships, ...rows.sourcedFrom];
    for (const row of all) {
      expect(row.properties["seeded"], row.id).toBe(true);
      expect(containsNull(row.properties), row.id).toBe(false);
    }
    const aisino = rows.entities.find((row) => row.id === "aisino");
    expect(aisino?.properties["searchText"]).toContain("航天信息");
  });

  it("fails, so the transaction rolls back, when the database drops a row", async () => {
    const { tx } = recordingTransaction((rows) => Math.max(0, rows.length - 1));
    await expect(writeSeed(tx, dataset)).rejects.toBeInstanceOf(SeedWriteError);
  });
});

describe("the seed's Cypher", () => {
  it("sets labels and types from parameters, never from query text", () => {
    // Any registry type is written without a change to the query: the type comes from the row.
    expect(cypher("merge-seed-entities")).toContain("SET e:$(row.type)");
    expect(cypher("merge-seed-entities")).toContain("REMOVE e:$($entityTypes)");
    expect(cypher("merge-seed-relationships")).toContain(
      "MERGE (a)-[r:$(row.type) { id: row.id }]->(b)",
    );
  });

  it("is documented: docs/model.md names every type", () => {
    const model = readFileSync(new URL("../../docs/model.md", import.meta.url), "utf8");
    for (const type of [...ENTITY_TYPES, ...RELATIONSHIP_TYPES, "SOURCED_FROM"])
      expect(model).toContain(`\`${type}\``);
  });
});
