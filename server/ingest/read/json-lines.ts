/**
 * JSON Lines, one value per line, streamed: memory holds one line at a time. A line that is not
 * JSON, or longer than the limit, is reported with its number and the read goes on.
 */
import type { ImportFile } from "../../../domain/ingest";
import { textOf } from "./text-stream";

export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** A longer line is almost surely not one record (a whole file without line breaks). */
export const MAX_LINE_CHARACTERS = 16 * 1024 * 1024;

export async function* jsonLines(
  file: ImportFile,
  maxLineCharacters = MAX_LINE_CHARACTERS,
): AsyncGenerator<JsonLine, void, undefined> {
  let pending = "";
  let lineNumber = 0;
  let overlong = false;
  const parse = (text: string): JsonLine | null => {
    lineNumber++;
    if (overlong || text.length > maxLineCharacters) {
      overlong = false;
      return {
        line: lineNumber,
        error: `the line is longer than ${String(maxLineCharacters)} characters; JSON Lines holds one record per line`,
      };
    }
    const trimmed = text.trim();
    if (trimmed === "") return null;
    try {
      return { line: lineNumber, value: JSON.parse(trimmed) as unknown };
    } catch (error) {
      return { line: lineNumber, error: `the line is not JSON (${(error as Error).message})` };
    }
  };
  for await (const text of textOf(file)) {
    let start = 0;
    let newline = text.indexOf("\n", start);
    while (newline !== -1) {
      const line = parse(pending + text.slice(start, newline));
      pending = "";
      if (line !== null) yield line;
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    if (!overlong) pending += text.slice(start);
    if (pending.length > maxLineCharacters) {
      // Keep nothing more of this line: it is reported when its end is reached.
      overlong = true;
      pending = "";
    }
  }
  const last = parse(pending);
  if (last !== null) yield last;
}
