import { EXPORT_FORMATS, type ExportFormat, type ExportFormatId } from "../../domain/export";

/** What the Export menu offers: one entry per export format, in the list's order. */
export interface ExportMenuEntry {
  format: ExportFormat<ExportFormatId>;
  disabled: boolean;
  /** Why it may not work here, as a tooltip. */
  hint: string | undefined;
}

/**
 * `unavailable`: the formats the server says it cannot make (they need Chromium). Those are
 * disabled, except pictures: the browser draws a picture of its canvas itself.
 */
export function exportMenuEntries(unavailable: ReadonlySet<string>): ExportMenuEntry[] {
  return EXPORT_FORMATS.map((format) => {
    const missing = unavailable.has(format.id);
    return {
      format,
      disabled: missing && format.kind !== "picture",
      hint: missing ? "Needs Chromium on the server" : undefined,
    };
  });
}
