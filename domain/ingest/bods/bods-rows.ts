/**
 * BODS statements to the model's rows in two reads of the same input: the first indexes every
 * statement's record (ids, dates, counts: bods-record-index.ts), the second maps each statement
 * on its own (bods-statement-rows.ts), so references may point forward and memory holds ids
 * only. Problems of reading (not JSON, not a statement, a repeated statement id) are reported
 * by the first read; the second skips what the first rejected.
 */
import { emptyRows, rowCount, type ImportContext } from "../import-format";
import type { ModelRows } from "../model-rows";
import { BodsRecordIndex } from "./bods-record-index";
import { publisherOf } from "./bods-source";
import { readBodsStatement, statementIdOf, textOf, type BodsStatement } from "./bods-statement";
import { bodsStatementRows } from "./bods-statement-rows";
import type { StatementPlace } from "./bods-values";

/** One item of the input: a parsed value, or why it could not be read, and where it is. */
export type BodsItem =
  { file: string; at: string; value: unknown } | { file: string; at: string; error: string };

const BATCH_ROWS = 1000;

function placeOf(
  item: BodsItem,
  statementId: string | null,
  context: ImportContext,
): StatementPlace {
  const at = statementId === null ? item.at : `${item.at}, statement ${statementId}`;
  return { origin: { file: item.file, at }, problems: context.problems };
}

function readable(item: BodsItem, context: ImportContext, report: boolean): BodsStatement | null {
  if ("error" in item) {
    if (report) {
      context.problems.error({
        file: item.file,
        at: item.at,
        code: "unreadable-json",
        message: `The input cannot be read: ${item.error}.`,
        fix: "Give a complete BODS file: a JSON array of statements, or one statement per line (JSON Lines).",
      });
    }
    return null;
  }
  const statement = readBodsStatement(item.value);
  if (typeof statement === "string") {
    if (report) {
      context.problems.error({
        ...placeOf(item, statementIdOf(item.value), context).origin,
        code: "not-a-bods-statement",
        message: `This item is not a BODS statement: ${statement}.`,
        fix: "Check that the file is BODS (0.4, 0.3 or the Open Ownership register's records) and that this item is complete.",
      });
    }
    return null;
  }
  return statement;
}

async function indexStatements(
  read: () => AsyncIterable<BodsItem>,
  context: ImportContext,
): Promise<BodsRecordIndex> {
  const index = new BodsRecordIndex();
  for await (const item of read()) {
    const statement = readable(item, context, true);
    if (statement === null) continue;
    if (!index.add(statement)) {
      context.problems.error({
        ...placeOf(item, statement.statementId, context).origin,
        code: "duplicate-statement-id",
        message: `The statement id ${statement.statementId} is used by an earlier statement too.`,
        fix: "Give each statement its own id (a changed record gets a new statement with the same recordId), or remove the repeated statement.",
      });
    }
  }
  index.finish();
  return index;
}

function describeDataset(statement: BodsStatement, context: ImportContext): boolean {
  const details = statement.publicationDetails;
  if (details === null) return false;
  const publisher = publisherOf(statement);
  const licence = textOf(details["license"]);
  context.describe({
    ...(publisher === null ? {} : { publisher }),
    ...(licence === null ? {} : { licence }),
  });
  return true;
}

function append(batch: ModelRows, rows: ModelRows): void {
  batch.sources.push(...rows.sources);
  batch.entities.push(...rows.entities);
  batch.relationships.push(...rows.relationships);
  batch.citations.push(...rows.citations);
}

export async function* bodsRows(
  read: () => AsyncIterable<BodsItem>,
  context: ImportContext,
): AsyncGenerator<ModelRows, void, undefined> {
  const index = await indexStatements(read, context);
  const mapping = { scope: (localId: string) => context.scope(localId), index };
  const mapped = new Set<string>();
  let described = false;
  let batch = emptyRows();
  for await (const item of read()) {
    const statement = readable(item, context, false);
    if (statement === null || mapped.has(statement.statementId)) continue;
    mapped.add(statement.statementId);
    if (!described) described = describeDataset(statement, context);
    append(
      batch,
      bodsStatementRows(statement, mapping, placeOf(item, statement.statementId, context)),
    );
    if (rowCount(batch) >= BATCH_ROWS) {
      yield batch;
      batch = emptyRows();
    }
  }
  if (rowCount(batch) > 0) yield batch;
}
