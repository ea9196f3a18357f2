/** How far an import has got, and the one wording of it (the CLI's progress line, the Data panel). */

export interface ImportProgress {
  /**
   * Online, the files are read and checked, then read again and written; the bulk path checks
   * and writes its CSV files in one reading.
   */
  phase: "checking" | "writing" | "checking and writing";
  bytesRead: number;
  /** Null when a file's size is unknown (a stream). */
  bytesTotal: number | null;
  rows: number;
}

/**
 * The bytes one pass reads: the files' sizes added up, times the whole reads the format makes
 * of them in a pass (`ImportFormat.readsPerPass`). Null when a size is unknown.
 */
export function passBytesTotal(
  sizes: readonly (number | null)[],
  readsPerPass: number,
): number | null {
  let total = 0;
  for (const size of sizes) {
    if (size === null) return null;
    total += size;
  }
  return total * Math.max(1, readsPerPass);
}

const PHASE_WORDS: Record<ImportProgress["phase"], string> = {
  checking: "checking",
  writing: "writing",
  "checking and writing": "checking and writing the CSV files",
};

/** The fraction done in this phase, 0–1, or null when the total size is unknown. */
export function importFraction(progress: ImportProgress): number | null {
  if (progress.bytesTotal === null || progress.bytesTotal === 0) return null;
  return Math.min(1, progress.bytesRead / progress.bytesTotal);
}

/** "writing: 45 %, 12,345 rows, 3,400 rows/s, about 12 s left" */
export function importProgressText(progress: ImportProgress, elapsedMs: number): string {
  const parts: string[] = [];
  const fraction = importFraction(progress);
  if (fraction !== null) parts.push(`${String(Math.floor(fraction * 100))} %`);
  parts.push(`${progress.rows.toLocaleString("en-GB")} rows`);
  const seconds = elapsedMs / 1000;
  if (seconds >= 1) {
    parts.push(`${Math.round(progress.rows / seconds).toLocaleString("en-GB")} rows/s`);
    if (fraction !== null && fraction > 0 && fraction < 1) {
      const left = (seconds * (1 - fraction)) / fraction;
      parts.push(
        `about ${left < 60 ? `${String(Math.ceil(left))} s` : `${String(Math.ceil(left / 60))} min`} left`,
      );
    }
  }
  return `${PHASE_WORDS[progress.phase]}: ${parts.join(", ")}`;
}
