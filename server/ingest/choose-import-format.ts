/** Which format an import reads: the one named, or the one every file is detected as. */
import type { ImportFile, ImportFormat } from "../../domain/ingest";
import { IMPORT_FORMATS, detectImportFormat, importFormatById } from "./import-formats";
import { sampleOf } from "./read/text-stream";

/** The request itself cannot run (no files, an unknown or undetectable format). */
export class ImportRequestError extends Error {
  override readonly name = "ImportRequestError";
}

const FORMAT_IDS = (): string => IMPORT_FORMATS.map((format) => format.id).join(", ");

export async function chooseImportFormat(
  files: readonly ImportFile[],
  named: string | undefined,
): Promise<ImportFormat> {
  if (files.length === 0) throw new ImportRequestError("Give at least one file to import.");
  if (named !== undefined) {
    const format = importFormatById(named);
    if (format === undefined) {
      throw new ImportRequestError(
        `"${named}" is not an import format. Use one of: ${FORMAT_IDS()}.`,
      );
    }
    return format;
  }
  const detected = await Promise.all(
    files.map(async (file) => ({ file, format: detectImportFormat(await sampleOf(file)) })),
  );
  const unknown = detected.find((entry) => entry.format === undefined);
  if (unknown !== undefined) {
    throw new ImportRequestError(
      `Could not tell the format of ${unknown.file.name}: it is empty or not one Ownergraph ` +
        `reads. Name the format with --format (one of: ${FORMAT_IDS()}).`,
    );
  }
  const ids = new Set(detected.map((entry) => entry.format?.id));
  const [first] = detected;
  if (ids.size > 1 || first?.format === undefined) {
    const list = detected.map((entry) => `${entry.file.name}: ${entry.format?.id ?? "?"}`);
    throw new ImportRequestError(
      `The files look like different formats (${list.join("; ")}). Import them one format ` +
        `at a time, or name the format with --format.`,
    );
  }
  return first.format;
}
