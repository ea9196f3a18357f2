/**
 * A file holding one JSON value (a single pretty-printed record, as BODS's flat serialisation
 * publishes one statement per file). Read whole, so only up to a limit: a larger file is
 * reported, not read.
 */
import type { ImportFile } from "../../../domain/ingest";
import { textOf } from "./text-stream";

export const MAX_DOCUMENT_CHARACTERS = 16 * 1024 * 1024;

export async function jsonDocument(
  file: ImportFile,
  maxCharacters = MAX_DOCUMENT_CHARACTERS,
): Promise<{ value: unknown } | { error: string }> {
  let text = "";
  for await (const piece of textOf(file)) {
    text += piece;
    if (text.length > maxCharacters) {
      return {
        error: `the file is one JSON value longer than ${String(maxCharacters)} characters; give many records as a JSON array or as JSON Lines`,
      };
    }
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `the file is not valid JSON (${(error as Error).message})` };
  }
}
