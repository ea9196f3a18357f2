/** An ImportFile (domain/ingest/import-format.ts) over bytes in memory, served in small chunks. */
import type { ImportFile } from "../../domain/ingest";

export function memoryImportFile(
  name: string,
  content: string | Uint8Array,
  chunkBytes = 7,
): ImportFile {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    async *open() {
      for (let start = 0; start < bytes.length; start += chunkBytes) {
        await Promise.resolve();
        yield bytes.subarray(start, start + chunkBytes);
      }
    },
  };
}
