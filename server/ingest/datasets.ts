/** The datasets the database holds: list them, and remove one with everything it wrote. */
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import { checkDatasetId } from "../../domain/ingest";
import type { DatasetRecord } from "../../domain/wire/dataset-api-types";

export type { DatasetRecord } from "../../domain/wire/dataset-api-types";

/** Asked to remove what cannot be removed (the seed, a dataset that is not there). */
export class DatasetRemovalError extends Error {
  override readonly name = "DatasetRemovalError";
  constructor(
    message: string,
    readonly reason: "seed" | "not-found",
  ) {
    super(message);
  }
}

export async function listDatasets(
  driver: Driver,
  database: string | undefined,
): Promise<DatasetRecord[]> {
  const { records } = await driver.executeQuery(
    cypher("list-datasets"),
    {},
    { database, routing: neo4j.routing.READ },
  );
  return records.map((record) => datasetRecordOf(record.get("dataset") as Record<string, unknown>));
}

/** A count Neo4j answered (an Integer, or a number), 0 when absent. */
export function countOf(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : typeof value === "number" ? value : 0;
}

function datasetRecordOf(map: Record<string, unknown>): DatasetRecord {
  const text = (key: string) => (typeof map[key] === "string" ? map[key] : "");
  const textOrNull = (key: string) => (typeof map[key] === "string" ? map[key] : null);
  const texts = (key: string) => {
    const value = map[key];
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  };
  const count = (key: string) => countOf(map[key]);
  return {
    id: text("id"),
    title: text("title"),
    format: text("format"),
    version: text("version"),
    fileNames: texts("fileNames"),
    fileChecksums: texts("fileChecksums"),
    publisher: textOrNull("publisher"),
    licence: textOrNull("licence"),
    importedAt: text("importedAt"),
    sources: count("sources"),
    entities: count("entities"),
    relationships: count("relationships"),
    citations: count("citations"),
  };
}

export async function removeDataset(
  driver: Driver,
  database: string | undefined,
  id: string,
): Promise<{ relationships: number; nodes: number }> {
  checkDatasetId(id);
  if (id === "seed") {
    throw new DatasetRemovalError(
      "The seed dataset is loaded again at every start, so it cannot be removed.",
      "seed",
    );
  }
  const { records } = await driver.executeQuery(
    cypher("delete-dataset"),
    { dataset: id },
    { database, routing: neo4j.routing.WRITE },
  );
  const record = records[0];
  const count = (key: string) => Number(record?.get(key) ?? 0);
  if (count("datasets") === 0) {
    throw new DatasetRemovalError(`There is no dataset "${id}" to remove.`, "not-found");
  }
  return { relationships: count("relationships"), nodes: count("nodes") };
}
