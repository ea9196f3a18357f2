/**
 * A file's bytes as text: UTF-8 by default, with its byte-order mark removed; UTF-16 (little or
 * big endian) when a byte-order mark says so. Decoding is streamed: a character split between
 * two chunks is joined, never replaced.
 */
import type { FileSample, ImportFile } from "../../../domain/ingest";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

function encodingOf(first: Uint8Array): { encoding: Encoding; skip: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    return { encoding: "utf-8", skip: 3 };
  }
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return { encoding: "utf-8", skip: 0 };
}

/** The file's text in pieces. Invalid UTF-8 becomes U+FFFD rather than stopping the read. */
export async function* textOf(file: ImportFile): AsyncGenerator<string, void, undefined> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  for await (const chunk of file.open()) {
    let bytes = chunk;
    if (decoder === null) {
      const { encoding, skip } = encodingOf(chunk);
      decoder = new TextDecoder(encoding);
      bytes = chunk.subarray(skip);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder?.decode() ?? "";
  if (rest !== "") yield rest;
}

const SAMPLE_CHARACTERS = 64 * 1024;

/** The start of a file, for format detection. */
export async function sampleOf(file: ImportFile): Promise<FileSample> {
  let head = "";
  for await (const text of textOf(file)) {
    head += text;
    if (head.length >= SAMPLE_CHARACTERS) break;
  }
  return { name: file.name, head: head.slice(0, SAMPLE_CHARACTERS) };
}
