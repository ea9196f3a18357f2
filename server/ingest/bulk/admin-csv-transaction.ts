/**
 * The bulk path's stand-in for a Neo4j transaction: the dataset writer (write-dataset.ts) runs
 * its statements against this, and each statement's rows become lines of neo4j-admin CSV
 * files instead of Cypher. So the bulk path writes exactly the rows, properties and dataset
 * record the online writer sends to Neo4j (ids, labels, `dataset`, `datasetVersion`,
 * `searchText`, provenance, everything the writer adds), with one home for what is stored.
 * A statement the writer gains that this does not know stops the import with a clear error.
 */
import { cypher } from "../../../cypher/registry";
import type { QueryName } from "../../../cypher/query-names";
import {
  adminCsvField,
  adminCsvHeaderField,
  adminCsvType,
  type RowProperties,
  type RowValue,
} from "../../../domain/ingest";
import type { WriteTransaction } from "../write-dataset";
import type { AdminCsvFiles } from "./admin-csv-files";

/** neo4j-admin's list (and label) separator in these files; checked absent from every item. */
export const BULK_ARRAY_DELIMITER = "\u001F";

/** The writer sent something the bulk path cannot store; a programming error, not bad input. */
export class BulkWriteError extends Error {
  override readonly name = "BulkWriteError";
}

type Params = Record<string, unknown>;
type Handler = (files: AdminCsvFiles, params: Params) => Promise<void>;

function record(value: unknown, what: string): Params {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BulkWriteError(`The bulk writer expected ${what} to be a map.`);
  }
  return value as Params;
}

function text(row: Params, key: string): string {
  const value = row[key];
  if (typeof value !== "string") throw new BulkWriteError(`A row's ${key} is not a string.`);
  return value;
}

function rowsOf(params: Params): Params[] {
  const rows = params["rows"];
  if (!Array.isArray(rows)) throw new BulkWriteError("The writer's statement has no $rows list.");
  return rows.map((row) => record(row, "a row"));
}

function isRowValue(value: unknown): value is RowValue {
  if (Array.isArray(value)) return value.every((item) => typeof item === "string");
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** A property map as the online `SET x = map` stores it: null values are no property. */
function propertiesOf(value: unknown, what: string): RowProperties {
  const properties: RowProperties = {};
  for (const [name, item] of Object.entries(record(value, what))) {
    if (item === null || item === undefined) continue;
    if (!isRowValue(item)) {
      throw new BulkWriteError(`${what}.${name} is not a string, number, boolean or text list.`);
    }
    properties[name] = item;
  }
  return properties;
}

/** Typed property columns, sorted by name, leaving out `skip`. */
function propertyColumns(properties: RowProperties, skip: string | null) {
  return Object.keys(properties)
    .filter((name) => name !== skip)
    .sort()
    .map((name) => {
      const value = properties[name] as RowValue;
      return {
        header: adminCsvHeaderField(name, adminCsvType(value)),
        field: adminCsvField(value, BULK_ARRAY_DELIMITER, name),
      };
    });
}

async function writeNode(
  files: AdminCsvFiles,
  idSpace: string,
  id: string,
  labels: readonly string[],
  properties: RowProperties,
): Promise<void> {
  const columns = propertyColumns(properties, "id");
  await files.write(
    "nodes",
    [`id:ID(${idSpace})`, ":LABEL", ...columns.map((column) => column.header)],
    [
      adminCsvField(id, BULK_ARRAY_DELIMITER, "id"),
      adminCsvField(labels.join(BULK_ARRAY_DELIMITER), BULK_ARRAY_DELIMITER, "labels"),
      ...columns.map((column) => column.field),
    ],
  );
}

async function writeRelationship(
  files: AdminCsvFiles,
  ends: { from: string; to: string; toSpace: string },
  type: string,
  properties: RowProperties,
): Promise<void> {
  const columns = propertyColumns(properties, null);
  await files.write(
    "relationships",
    [
      ":START_ID(Entity)",
      `:END_ID(${ends.toSpace})`,
      ":TYPE",
      ...columns.map((column) => column.header),
    ],
    [
      adminCsvField(ends.from, BULK_ARRAY_DELIMITER, "from"),
      adminCsvField(ends.to, BULK_ARRAY_DELIMITER, "to"),
      adminCsvField(type, BULK_ARRAY_DELIMITER, "type"),
      ...columns.map((column) => column.field),
    ],
  );
}

const nothingInAnEmptyStore: Handler = () => Promise.resolve();

/** Each writer statement's rows as CSV lines (the statement's own file says what it does). */
const HANDLERS: Partial<Record<QueryName, Handler>> = {
  // The store is empty: there is nothing an earlier version wrote.
  "delete-dataset-relationships": nothingInAnEmptyStore,
  "delete-stale-dataset-nodes": nothingInAnEmptyStore,
  "merge-sources": async (files, params) => {
    for (const row of rowsOf(params)) {
      const properties = propertiesOf(row["properties"], "a source's properties");
      await writeNode(files, "Source", text(row, "id"), ["Source"], properties);
    }
  },
  "merge-entities": async (files, params) => {
    for (const row of rowsOf(params)) {
      const properties = propertiesOf(row["properties"], "an entity's properties");
      const labels = ["Entity", text(row, "type")];
      await writeNode(files, "Entity", text(row, "id"), labels, properties);
    }
  },
  "merge-relationships": async (files, params) => {
    for (const row of rowsOf(params)) {
      const ends = { from: text(row, "from"), to: text(row, "to"), toSpace: "Entity" };
      const properties = propertiesOf(row["properties"], "a relationship's properties");
      await writeRelationship(files, ends, text(row, "type"), properties);
    }
  },
  "merge-citations": async (files, params) => {
    for (const row of rowsOf(params)) {
      const ends = { from: text(row, "entityId"), to: text(row, "sourceId"), toSpace: "Source" };
      const properties = propertiesOf(row["properties"], "a citation's properties");
      await writeRelationship(files, ends, "SOURCED_FROM", properties);
    }
  },
  // Joins link records of different datasets; the empty store holds no other one, and the seed,
  // written when the store first opens, links its records to this dataset's then.
  "link-dataset-joins": nothingInAnEmptyStore,
  "set-dataset": async (files, params) => {
    const properties = propertiesOf(params["dataset"], "the dataset record");
    await writeNode(files, "Dataset", text(properties, "id"), ["Dataset"], properties);
  },
};

/** A WriteTransaction whose statements become CSV lines in `files`. */
export function adminCsvTransaction(files: AdminCsvFiles): WriteTransaction {
  const byText = new Map<string, Handler>();
  for (const [name, handler] of Object.entries(HANDLERS)) {
    byText.set(cypher(name as QueryName), handler);
  }
  return {
    async run(query, parameters = {}) {
      const handler = byText.get(query);
      if (handler === undefined) {
        const first = query.split("\n").find((line) => !line.startsWith("//")) ?? query;
        throw new BulkWriteError(
          `The dataset writer ran a statement the bulk import cannot turn into CSV (${first.trim()}); ` +
            "add it to server/ingest/bulk/admin-csv-transaction.ts, or import without --bulk.",
        );
      }
      await handler(files, parameters);
      return {};
    },
  };
}
