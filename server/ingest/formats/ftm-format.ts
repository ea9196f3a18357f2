/**
 * FollowTheMoney entities as JSON Lines (OpenSanctions and Aleph exports), one entity a line.
 * Two passes over the files: the first learns every entity's id and type (ids only), so that an
 * Ownership may come before its owner; the second maps each record (domain/ingest/ftm) and
 * yields the rows in batches. Memory holds one line and the ids, whatever the files' size.
 */
import {
  FtmMapper,
  FtmRecordIndex,
  emptyRows,
  looksLikeFtmEntity,
  readFtmRecord,
  rowCount,
  type FileSample,
  type FtmRecord,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ModelRows,
  type RowOrigin,
} from "../../../domain/ingest";
import { jsonLines } from "../read/json-lines";

const BATCH_ROWS = 2000;

interface ReadRecord {
  record: FtmRecord;
  origin: RowOrigin;
}

/** True when the sample's first line is a JSON object with `schema` and `properties`. */
function detect(sample: FileSample): boolean {
  const first = sample.head.trimStart().split("\n", 1)[0]?.trim() ?? "";
  try {
    return looksLikeFtmEntity(JSON.parse(first));
  } catch {
    // A first line longer than the sample: judge by its start.
    return /^\{/.test(first) && first.includes('"schema"') && first.includes('"properties"');
  }
}

/** The records of one file; problems (bad lines, a file of another format) are reported once. */
async function* recordsOf(
  file: ImportFile,
  context: ImportContext,
  report: boolean,
): AsyncGenerator<ReadRecord, void, undefined> {
  let seen = 0;
  for await (const line of jsonLines(file)) {
    const origin = { file: file.name, at: `line ${String(line.line)}` };
    const read = "error" in line ? line.error : readFtmRecord(line.value);
    if (typeof read !== "string") {
      seen++;
      yield { record: read, origin };
      continue;
    }
    if (seen === 0) {
      if (report) {
        context.problems.error({
          ...origin,
          code: "not-ftm",
          message: `The file does not look like FollowTheMoney JSON Lines: its first line ${read}.`,
          fix: "Give an FtM export (one entity per line, such as an OpenSanctions entities.ftm.json), or choose the file's own format.",
        });
      }
      return;
    }
    if (report) {
      context.problems.error({
        ...origin,
        code: "error" in line ? "bad-json" : "not-an-entity",
        message: `The line ${read}.`,
        fix: "Correct or remove the line (a file cut short ends in a broken line: export it again).",
      });
    }
  }
  if (seen === 0 && report) {
    context.problems.error({
      file: file.name,
      at: null,
      code: "empty-file",
      message: "The file holds no entities.",
      fix: "Give an FtM export with at least one entity per line.",
    });
  }
}

async function indexOf(
  files: readonly ImportFile[],
  context: ImportContext,
): Promise<FtmRecordIndex> {
  const index = new FtmRecordIndex();
  for (const file of files) {
    for await (const { record, origin } of recordsOf(file, context, true)) {
      const first = index.add(record, origin);
      if (first === null) continue;
      context.problems.error({
        ...origin,
        code: "duplicate-id",
        message: `The entity id "${record.id}" appears again; it was first at ${first.file}, ${first.at ?? "the start"}.`,
        fix: "Keep one line per entity id (merge the two records), then import again.",
      });
    }
  }
  return index;
}

async function* rows(
  files: readonly ImportFile[],
  context: ImportContext,
): AsyncGenerator<ModelRows> {
  const index = await indexOf(files, context);
  const mapper = new FtmMapper(context, index);
  let batch = emptyRows();
  for (const file of files) {
    for await (const { record, origin } of recordsOf(file, context, false)) {
      if (!index.isFirst(record.id, origin)) continue;
      const mapped = mapper.map(record, origin);
      batch.sources.push(...mapped.sources);
      batch.entities.push(...mapped.entities);
      batch.relationships.push(...mapped.relationships);
      batch.citations.push(...mapped.citations);
      if (rowCount(batch) >= BATCH_ROWS) {
        yield batch;
        batch = emptyRows();
      }
    }
  }
  mapper.finish();
  if (rowCount(batch) > 0) yield batch;
}

export const ftmFormat: ImportFormat = {
  id: "ftm",
  label: "FollowTheMoney entities (JSON Lines: OpenSanctions, Aleph)",
  mappingVersion: "ftm-1",
  readsPerPass: 2,
  detect,
  rows,
};
