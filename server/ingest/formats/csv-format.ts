/**
 * The CSV import format (`--format csv`, docs/import-csv.md): tables of entities and of
 * relationships read through a mapping file (the `mapping` option: its text), or Ownergraph's
 * own CSV export (nodes.csv and relationships.csv, known by their neo4j-admin headers), which
 * needs no mapping. Files are streamed record by record; rows leave in batches.
 */
import {
  AdminCsvRows,
  CsvImportState,
  CsvTableRows,
  adminHeader,
  emptyRows,
  looksLikeAdminCsv,
  parseCsvMapping,
  rowCount,
  type AdminHeader,
  type CsvTable,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ModelRows,
} from "../../../domain/ingest";
import { csvRecords } from "../read/csv-rows";

const BATCH_ROWS = 1000;

interface AdminInput {
  file: ImportFile;
  header: AdminHeader;
}

interface TableInput {
  file: ImportFile;
  table: CsvTable;
}

/** The header of a file, or null (reported) when it has none or is not CSV. */
async function headerOf(file: ImportFile, context: ImportContext): Promise<string[] | null> {
  for await (const record of csvRecords(file)) {
    if (record.kind === "header") return record.fields;
    if (record.kind === "error") {
      context.problems.error({
        code: "not-csv",
        file: file.name,
        at: `line ${String(record.line ?? 1)}`,
        message: `The file cannot be read as CSV (${record.message}).`,
        fix: "Save it as CSV (comma-separated, UTF-8, fields with commas or line breaks in double quotes).",
      });
      return null;
    }
  }
  context.problems.error({
    code: "empty-file",
    file: file.name,
    at: null,
    message: "The file is empty: it has not even a header.",
    fix: "Give the file with its header line and rows.",
  });
  return null;
}

/** Feeds one file's records to `add`, reporting ragged rows and unreadable text. */
async function* records(
  file: ImportFile,
  context: ImportContext,
  onHeader: (fields: string[]) => boolean,
  add: (at: { record: number; line: number; fields: string[] }, batch: ModelRows) => void,
  batch: { rows: ModelRows },
): AsyncGenerator<ModelRows, void, undefined> {
  for await (const record of csvRecords(file)) {
    switch (record.kind) {
      case "header":
        if (!onHeader(record.fields)) return;
        break;
      case "row":
        add(record, batch.rows);
        break;
      case "ragged":
        context.problems.error({
          code: "ragged-row",
          file: file.name,
          at: `record ${String(record.record)} (line ${String(record.line)})`,
          message: `The record has ${String(record.count)} fields where the header has ${String(record.expected)}.`,
          fix: "Quote fields that hold commas or line breaks, and give every record as many fields as the header.",
        });
        break;
      case "error":
        context.problems.error({
          code: "not-csv",
          file: file.name,
          at: `line ${String(record.line ?? 1)}`,
          message: `The file cannot be read on from here (${record.message}); is it cut short?`,
          fix: "Close every quoted field, and give the whole file.",
        });
        return;
    }
    if (rowCount(batch.rows) >= BATCH_ROWS) {
      yield batch.rows;
      batch.rows = emptyRows();
    }
  }
}

/** Pairs each table of the mapping with its file; reports tables without files and the reverse. */
function tablesOf(
  plain: readonly ImportFile[],
  context: ImportContext,
): { tables: TableInput[]; mapped: boolean } {
  const text = context.options["mapping"];
  if (text === undefined) {
    for (const file of plain) {
      context.problems.error({
        code: "no-mapping",
        file: file.name,
        at: "header",
        message:
          "This CSV file is not an Ownergraph CSV export, and no mapping file says what its columns are.",
        fix: "Give a mapping file (--mapping FILE); docs/import-csv.md shows how to write one.",
      });
    }
    return { tables: [], mapped: false };
  }
  const mapping = parseCsvMapping(text, context.problems);
  if (mapping === null) return { tables: [], mapped: false };
  context.describe(mapping.dataset);
  const tables: TableInput[] = [];
  for (const table of mapping.tables) {
    const file = plain.find((candidate) => candidate.name === table.file);
    if (file === undefined) {
      context.problems.error({
        code: "mapping-file-missing",
        file: "mapping file",
        at: table.file,
        message: `The mapping names the file "${table.file}", which is not among the files given (${plain.map((given) => given.name).join(", ") || "none"}).`,
        fix: "Give that file too, or correct its name in the mapping (no folder, as the file is named).",
      });
      continue;
    }
    tables.push({ file, table });
  }
  for (const file of plain) {
    if (mapping.tables.some((table) => table.file === file.name)) continue;
    context.problems.warn({
      code: "unmapped-file",
      file: file.name,
      at: null,
      message: "The mapping names no table for this file; it is not read.",
      fix: "Add a table for it to the mapping, or leave the file out.",
    });
  }
  const order = (input: TableInput) => (input.table.kind === "entities" ? 0 : 1);
  return { tables: tables.sort((a, b) => order(a) - order(b)), mapped: true };
}

async function* csvRows(
  files: readonly ImportFile[],
  context: ImportContext,
): AsyncGenerator<ModelRows, void, undefined> {
  const admin: AdminInput[] = [];
  const plain: ImportFile[] = [];
  for (const file of files) {
    const fields = await headerOf(file, context);
    if (fields === null) continue;
    const header = adminHeader(fields);
    if (header === null) plain.push(file);
    else admin.push({ file, header });
  }
  const batch = { rows: emptyRows() };
  const exported = new AdminCsvRows(context, context.options["arrayDelimiter"]);
  admin.sort((a, b) => Number(a.header.kind !== "nodes") - Number(b.header.kind !== "nodes"));
  for (const { file, header } of admin) {
    yield* records(
      file,
      context,
      () => true,
      (at, rows) => exported.add(header, file.name, at, rows),
      batch,
    );
  }
  if (plain.length > 0) {
    const state = new CsvImportState();
    for (const { file, table } of tablesOf(plain, context).tables) {
      const reader = new CsvTableRows(table, context, state);
      yield* records(
        file,
        context,
        (fields) => reader.header(fields),
        (at, rows) => reader.add(at, rows),
        batch,
      );
    }
  }
  if (rowCount(batch.rows) > 0) yield batch.rows;
}

export const csvFormat: ImportFormat = {
  id: "csv",
  label: "CSV tables with a mapping file; Ownergraph's CSV export (nodes.csv, relationships.csv)",
  mappingVersion: "csv-1",
  readsPerPass: 1,
  detect: (sample) => /\.csv$/i.test(sample.name) || looksLikeAdminCsv(sample.head),
  rows: csvRows,
};
