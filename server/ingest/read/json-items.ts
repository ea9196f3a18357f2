/**
 * The items of a JSON array, streamed with stream-json: the top-level array, or the array under
 * one key of a top-level object (`{"records": [...]}`). Memory holds one item at a time, however
 * large the file. Malformed JSON ends the read with one error item saying where.
 */
import { Readable } from "node:stream";
import chain from "stream-chain";
import { parser } from "stream-json";
import { pick } from "stream-json/filters/pick.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import type { ImportFile } from "../../../domain/ingest";
import { textOf } from "./text-stream";

export type JsonItem = { index: number; value: unknown } | { index: number; error: string };

export async function* jsonArrayItems(
  file: ImportFile,
  arrayKey?: string,
): AsyncGenerator<JsonItem, void, undefined> {
  const stages = [
    Readable.from(textOf(file)),
    parser(),
    ...(arrayKey === undefined ? [] : [pick({ filter: arrayKey })]),
    streamArray(),
  ];
  const items = chain(stages);
  let index = 0;
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      index = item.key + 1;
      yield { index: item.key, value: item.value };
    }
  } catch (error) {
    yield {
      index,
      error: `the file is not valid JSON after item ${String(index)} (${(error as Error).message})`,
    };
  } finally {
    items.destroy();
  }
}
