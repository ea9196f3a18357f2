/**
 * Ownergraph's own CSV export imports back to the same graph: the seed, exported through the
 * CSV exporter (nodes.csv, relationships.csv), read by the CSV format as the dataset `copy`,
 * gives the seed's entities, sources, relationships and citations with the same properties,
 * compared by local id (imported ids are `copy:<local>`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exportCsvPair } from "../../domain/export/csv-exporter";
import type { ModelRows, RowProperties } from "../../domain/ingest";
import { stampDataset } from "../../domain/ingest";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { withoutInternalProperties } from "../../domain/wire/internal-properties";
import { readSeedDirectory, seedModelRows } from "../../graph-seed";
import { csvFormat } from "../../server/ingest/formats/csv-format";
import { memoryImportFile } from "../support/memory-import-file";
import { runImportFormat, type FormatRun } from "../support/run-import-format";

/** The graph as the database holds a written dataset (labels, SOURCED_FROM citations). */
function storedGraph(rows: ModelRows): WireGraph {
  return withoutInternalProperties({
    nodes: [
      ...rows.sources.map((row) => ({
        key: `n-${row.id}`,
        attributes: { labels: ["Source"], properties: row.properties },
      })),
      ...rows.entities.map((row) => ({
        key: `n-${row.id}`,
        attributes: { labels: ["Entity", row.type], properties: row.properties },
      })),
    ],
    edges: [
      ...rows.relationships.map((row) => ({
        key: `r-${row.id}`,
        source: `n-${row.from}`,
        target: `n-${row.to}`,
        attributes: { type: row.type, properties: row.properties },
      })),
      ...rows.citations.map((row) => ({
        key: `r-${row.id}`,
        source: `n-${row.entityId}`,
        target: `n-${row.sourceId}`,
        attributes: { type: "SOURCED_FROM", properties: row.properties },
      })),
    ],
  });
}

const PREFIX = "copy:";
const local = (id: string) =>
  id.startsWith(PREFIX) ? id.slice(PREFIX.length) : `(not scoped) ${id}`;

/** Properties to compare: ids made local, computed and empty values left out. */
function comparable(properties: RowProperties): RowProperties {
  const kept: RowProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === "searchText" || key === "dataset") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[key] = value;
  }
  return kept;
}

function localised(properties: RowProperties): RowProperties {
  const kept = comparable(properties);
  if (typeof kept["id"] === "string") kept["id"] = local(kept["id"]);
  for (const key of ["sourceIds", "componentIds"]) {
    const ids = kept[key];
    if (Array.isArray(ids)) kept[key] = ids.map(local);
  }
  return kept;
}

function byId<Row extends { id: string }>(rows: readonly Row[], idOf = (id: string) => id) {
  return new Map(rows.map((row) => [idOf(row.id), row]));
}

describe("the CSV export of the seed, imported back", () => {
  let seed: ModelRows;
  let run: FormatRun;
  beforeAll(async () => {
    seed = seedModelRows(await readSeedDirectory());
    const pair = exportCsvPair(storedGraph(stampDataset(seed, "seed", "1")));
    expect(pair.nodeIdSource).toBe("id-property");
    run = await runImportFormat(
      csvFormat,
      [
        memoryImportFile("relationships.csv", pair.relationshipsCsv, 4096),
        memoryImportFile("nodes.csv", pair.nodesCsv, 4096),
      ],
      { arrayDelimiter: pair.arrayDelimiter },
      "copy",
    );
  });

  it("needs no mapping and finds no problem", () => {
    expect(run.report.errors).toEqual([]);
    expect(run.report.warnings).toEqual([]);
  });

  it("gives every entity back with its type and properties", () => {
    const imported = byId(run.rows.entities, local);
    expect([...imported.keys()].sort()).toEqual(seed.entities.map((row) => row.id).sort());
    for (const entity of seed.entities) {
      const back = imported.get(entity.id);
      expect(back?.type, entity.id).toBe(entity.type);
      expect(localised(back?.properties ?? {}), entity.id).toEqual(comparable(entity.properties));
    }
  });

  it("gives every source back", () => {
    const imported = byId(run.rows.sources, local);
    expect(imported.size).toBe(seed.sources.length);
    for (const source of seed.sources) {
      const back = imported.get(source.id);
      expect(localised(back?.properties ?? {}), source.id).toEqual(comparable(source.properties));
    }
  });

  it("gives every relationship back with its ends, shares and citations", () => {
    const imported = byId(run.rows.relationships, local);
    expect(imported.size).toBe(seed.relationships.length);
    for (const relationship of seed.relationships) {
      const back = imported.get(relationship.id);
      expect(back?.type, relationship.id).toBe(relationship.type);
      expect(back && [local(back.from), local(back.to)]).toEqual([
        relationship.from,
        relationship.to,
      ]);
      expect(localised(back?.properties ?? {}), relationship.id).toEqual(
        comparable(relationship.properties),
      );
    }
  });

  it("gives every citation of an entity's facts back", () => {
    const imported = byId(run.rows.citations, local);
    expect(imported.size).toBe(seed.citations.length);
    for (const citation of seed.citations) {
      const back = imported.get(citation.id);
      expect(back && [local(back.entityId), local(back.sourceId)]).toEqual([
        citation.entityId,
        citation.sourceId,
      ]);
      expect(localised(back?.properties ?? {}), citation.id).toEqual(
        comparable(citation.properties),
      );
    }
  });
});
