/**
 * The records of a CSV file, streamed with csv-parse: memory holds one record at a time. The
 * byte-order mark is removed (and UTF-16 decoded) by textOf; quoted fields may hold commas,
 * quotes and line breaks (RFC 4180). Each record says where it is: its number (the header is
 * record 1) and the line it starts on, for messages. A record with more or fewer fields than the
 * header, or text that is not CSV, is reported with its place and the read goes on where it can.
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { ImportFile } from "../../../domain/ingest";
import { textOf } from "./text-stream";

export type CsvRecord =
  | { kind: "header"; fields: string[] }
  | { kind: "row"; record: number; line: number; fields: string[] }
  | { kind: "ragged"; record: number; line: number; count: number; expected: number }
  | { kind: "error"; line: number | null; message: string };

export interface CsvOptions {
  /** A single character; `,` by default. */
  delimiter?: string;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; records: number; raw?: string };
}

/**
 * The line a record starts on. csv-parse counts the line a record ends on; its raw text may
 * begin with the line ends of skipped blank lines and end with a carriage return.
 */
function startLine(info: ParsedRecord["info"]): number {
  const text = (info.raw ?? "").replace(/^[\r\n]+/, "").replace(/(\r\n|\n|\r)$/, "");
  const breaks = text.match(/\r\n|\n|\r/g)?.length ?? 0;
  return info.lines - breaks;
}

export async function* csvRecords(
  file: ImportFile,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord, void, undefined> {
  const parser = parse({
    delimiter: options.delimiter ?? ",",
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const input = Readable.from(textOf(file));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let expected: number | null = null;
  let lastLine = 1;
  try {
    for await (const item of parser as AsyncIterable<ParsedRecord>) {
      const { record, info } = item;
      const line = startLine(info);
      lastLine = info.lines;
      if (expected === null) {
        expected = record.length;
        yield { kind: "header", fields: record };
        continue;
      }
      if (record.length !== expected) {
        yield { kind: "ragged", record: info.records, line, count: record.length, expected };
        continue;
      }
      yield { kind: "row", record: info.records, line, fields: record };
    }
  } catch (error) {
    const found = error as Error & { lines?: number };
    yield {
      kind: "error",
      line: typeof found.lines === "number" ? found.lines : lastLine,
      message: found.message,
    };
  } finally {
    input.destroy();
    parser.destroy();
  }
}
