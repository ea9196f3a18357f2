/**
 * The CSV files of one bulk import, written as rows arrive: one file per header (rows of one
 * kind with the same typed columns share a file, whose first line is its header), so every
 * row's properties are exactly its own, with their types. Lines are buffered and written with
 * back-pressure, so memory stays flat however large the input.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";

export type AdminFileKind = "nodes" | "relationships";

export interface AdminCsvFile {
  kind: AdminFileKind;
  path: string;
}

interface OpenFile {
  file: AdminCsvFile;
  stream: WriteStream;
  buffered: string[];
  bufferedLength: number;
}

const FLUSH_AT = 256 * 1024;

export class AdminCsvFiles {
  private readonly open = new Map<string, OpenFile>();

  constructor(private readonly folder: string) {}

  /** Appends one line (fields already CSV-encoded) to the file of its kind and header. */
  async write(kind: AdminFileKind, header: readonly string[], fields: readonly string[]) {
    const headerLine = header.join(",");
    const key = `${kind}\n${headerLine}`;
    let target = this.open.get(key);
    if (target === undefined) {
      const file = {
        kind,
        path: path.join(this.folder, `${kind}-${String(this.open.size + 1)}.csv`),
      };
      const stream = createWriteStream(file.path, { encoding: "utf8" });
      target = { file, stream, buffered: [headerLine], bufferedLength: headerLine.length };
      this.open.set(key, target);
    }
    const line = fields.join(",");
    target.buffered.push(line);
    target.bufferedLength += line.length;
    if (target.bufferedLength >= FLUSH_AT) await flush(target);
  }

  /** Flushes and closes every file; lists them for neo4j-admin. */
  async close(): Promise<AdminCsvFile[]> {
    const files: AdminCsvFile[] = [];
    for (const target of this.open.values()) {
      await flush(target);
      target.stream.end();
      await once(target.stream, "finish");
      files.push(target.file);
    }
    return files;
  }
}

async function flush(target: OpenFile): Promise<void> {
  if (target.buffered.length === 0) return;
  const text = target.buffered.join("\n") + "\n";
  target.buffered = [];
  target.bufferedLength = 0;
  if (!target.stream.write(text)) await once(target.stream, "drain");
}
