/** An ImportFile (domain/ingest/import-format.ts) for a file on disk, read afresh on each open. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ImportFile } from "../../../domain/ingest";

/** Reads in 1 MB pieces: few enough calls to be quick, small enough to keep memory flat. */
const READ_CHUNK_BYTES = 1024 * 1024;

export async function localImportFile(
  filePath: string,
  name = path.basename(filePath),
): Promise<ImportFile> {
  const info = await stat(filePath);
  if (!info.isFile()) throw new Error(`${filePath} is not a file: give the path of a data file.`);
  return {
    name,
    size: info.size,
    path: filePath,
    open: () => createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES }),
  };
}
