/**
 * The import formats Ownergraph reads, in the order detection tries them. Add a format here
 * (one line); the CLI, the HTTP API and the Data panel list and detect from this list.
 */
import type { FileSample, ImportFormat } from "../../domain/ingest";
import { bodsFormat } from "./formats/bods-format";

export const IMPORT_FORMATS: readonly ImportFormat[] = [bodsFormat];

export function importFormatById(id: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.id === id);
}

/** The first format that recognises the sample, or undefined. */
export function detectImportFormat(sample: FileSample): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.detect(sample));
}
