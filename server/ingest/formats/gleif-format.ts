/**
 * The GLEIF import format: LEI-CDF, RR-CDF and reporting-exception files of the GLEIF golden
 * copy, in XML (streamed with saxes) or JSON (streamed with stream-json). The files of one
 * import form one dataset; LEI files are read first whatever order they come in, so that
 * relationships and exceptions find the entities they name. The mapping is in
 * domain/ingest/gleif/.
 */
import {
  emptyRows,
  rowCount,
  type FileSample,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ModelRows,
} from "../../../domain/ingest";
import {
  GLEIF_XML_HEADERS,
  GLEIF_XML_RECORDS,
  gleifFileShape,
  type GleifFileKind,
  type GleifFileShape,
} from "../../../domain/ingest/gleif/gleif-files";
import { GleifMapper } from "../../../domain/ingest/gleif/gleif-mapper";
import type { GleifPlace } from "../../../domain/ingest/gleif/gleif-place";
import { textAt } from "../../../domain/ingest/gleif/gleif-tree";
import { jsonArrayItems } from "../read/json-items";
import { sampleOf } from "../read/text-stream";
import { xmlElements } from "../read/xml-elements";

const BATCH_ROWS = 2000;
const KIND_ORDER: readonly GleifFileKind[] = ["lei", "rr", "repex"];

interface GleifRecord {
  place: GleifPlace;
  value: unknown;
}

/** A file's records with their places; a file that cannot be read yields one error and stops. */
async function* recordsOf(
  file: ImportFile,
  shape: GleifFileShape,
  context: ImportContext,
): AsyncGenerator<GleifRecord, void, undefined> {
  const unreadable = (at: string | null, message: string): void =>
    context.problems.error({
      code: "unreadable-file",
      file: file.name,
      at,
      message: `${message}.`,
      fix: "Give the complete file as GLEIF publishes it (a download may have been cut short).",
    });
  if (shape.syntax === "json") {
    for await (const item of jsonArrayItems(file, shape.arrayKey)) {
      const at = `record ${String(item.index + 1)}`;
      if ("error" in item) return unreadable(at, item.error);
      yield { place: { file: file.name, at }, value: item.value };
    }
    return;
  }
  const names = new Set([GLEIF_XML_RECORDS[shape.kind], ...GLEIF_XML_HEADERS]);
  let contentDate: string | undefined;
  let records = 0;
  for await (const item of xmlElements(file, names)) {
    if ("error" in item) return unreadable(`line ${String(item.line)}`, item.error);
    if (GLEIF_XML_HEADERS.has(item.name)) {
      contentDate = textAt(item.value, "ContentDate");
      continue;
    }
    records++;
    const at = `record ${String(records)} (line ${String(item.line)})`;
    const place = { file: file.name, at, ...(contentDate === undefined ? {} : { contentDate }) };
    yield { place, value: item.value };
  }
}

async function shapesOf(
  files: readonly ImportFile[],
  context: ImportContext,
): Promise<[ImportFile, GleifFileShape][]> {
  const shaped: [ImportFile, GleifFileShape][] = [];
  for (const file of files) {
    const sample = await sampleOf(file);
    const shape = gleifFileShape(sample);
    if (shape === undefined) {
      context.problems.error({
        code: "not-gleif",
        file: file.name,
        at: null,
        message:
          sample.head.trim() === ""
            ? "The file is empty."
            : "The file is not a GLEIF LEI-CDF, RR-CDF or reporting-exception file (XML or JSON).",
        fix: "Give GLEIF golden-copy files, or choose the format that matches this file.",
      });
      continue;
    }
    shaped.push([file, shape]);
  }
  return shaped.sort(([, a], [, b]) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

function mapRecord(mapper: GleifMapper, kind: GleifFileKind, record: GleifRecord): ModelRows {
  if (kind === "lei") return mapper.leiRecord(record.place, record.value);
  if (kind === "rr") return mapper.relationshipRecord(record.place, record.value);
  return mapper.exception(record.place, record.value);
}

function append(batch: ModelRows, rows: ModelRows): void {
  batch.sources.push(...rows.sources);
  batch.entities.push(...rows.entities);
  batch.relationships.push(...rows.relationships);
  batch.citations.push(...rows.citations);
}

async function* gleifRows(
  files: readonly ImportFile[],
  context: ImportContext,
): AsyncGenerator<ModelRows, void, undefined> {
  const mapper = new GleifMapper(context);
  context.describe({ publisher: "GLEIF" });
  let batch = emptyRows();
  for (const [file, shape] of await shapesOf(files, context)) {
    for await (const record of recordsOf(file, shape, context)) {
      append(batch, mapRecord(mapper, shape.kind, record));
      if (rowCount(batch) >= BATCH_ROWS) {
        yield batch;
        batch = emptyRows();
      }
    }
  }
  if (rowCount(batch) > 0) yield batch;
}

export const gleifFormat: ImportFormat = {
  id: "gleif",
  label: "GLEIF LEI-CDF / RR-CDF / reporting exceptions (XML, JSON)",
  mappingVersion: "gleif-1",
  readsPerPass: 1,
  detect: (sample: FileSample) => gleifFileShape(sample) !== undefined,
  rows: gleifRows,
};
