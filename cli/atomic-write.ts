import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Writes files so that a failure leaves nothing half-written: each file goes to a temporary
 * file beside its target (same folder, so the rename is atomic), and only once every file is
 * complete are they renamed into place. On an error, or Ctrl-C, the temporary files are removed.
 */

export interface FileToWrite {
  path: string;
  body: Iterable<string> | Uint8Array;
}

const BATCH_CHARACTERS = 256 * 1024;

/** Many small pieces joined into fewer, larger writes; counts the bytes as they go. */
function* batched(
  body: Iterable<string> | Uint8Array,
  onBytes: (bytes: number) => void,
): Generator<string | Uint8Array, void, undefined> {
  if (body instanceof Uint8Array) {
    onBytes(body.byteLength);
    yield body;
    return;
  }
  let buffer = "";
  for (const piece of body) {
    buffer += piece;
    if (buffer.length >= BATCH_CHARACTERS) {
      onBytes(Buffer.byteLength(buffer));
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") {
    onBytes(Buffer.byteLength(buffer));
    yield buffer;
  }
}

export function temporaryPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.partial`);
}

/** Streams the body into a writable (standard output), without a temporary file. */
export async function writeToStream(
  body: Iterable<string> | Uint8Array,
  stream: Writable,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<void> {
  await pipeline(Readable.from(batched(body, onBytes)), stream, { end: false });
}

export async function writeFilesAtomically(
  files: readonly FileToWrite[],
  onBytes: (bytes: number) => void = () => undefined,
): Promise<void> {
  const temporary = files.map((file) => temporaryPathFor(file.path));
  const renamed: string[] = [];
  // Ctrl-C or a kill during the write: remove what is half-written, then die of the signal.
  const onSignal = (signal: NodeJS.Signals) => {
    for (const file of temporary) rmSync(file, { force: true });
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (const [index, file] of files.entries()) {
      const temp = temporary[index] ?? temporaryPathFor(file.path);
      await mkdir(path.dirname(file.path), { recursive: true });
      // The file is opened and closed here, awaited, rather than by a write stream: a stream
      // destroyed by an early error can still be opening its file after the pipeline has
      // rejected, and would create the temporary file after the cleanup below removed it.
      const handle = await open(temp, "wx");
      try {
        // writeFile on an open handle writes all of the chunk at the current position.
        for (const chunk of batched(file.body, onBytes)) await handle.writeFile(chunk);
      } finally {
        await handle.close();
      }
    }
    for (const [index, file] of files.entries()) {
      await rename(temporary[index] ?? "", file.path);
      renamed.push(file.path);
    }
  } catch (error) {
    await Promise.all(temporary.map((file) => rm(file, { force: true })));
    // A set of files (the CSV pair) is written whole or not at all.
    await Promise.all(renamed.map((file) => rm(file, { force: true })));
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
