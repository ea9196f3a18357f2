/**
 * What the GLEIF mapping needs from an import: scoped ids, somewhere to report problems, and
 * where the record being read sits in its file.
 */
import type { ImportContext } from "../import-format";
import type { RowOrigin } from "../model-rows";

export type GleifContext = Pick<ImportContext, "scope" | "problems">;

/** A record's place: its file, `record 3 (line 120)`, and a stable locator for its Source. */
export interface GleifPlace {
  file: string;
  at: string;
  /** The golden-copy file's content date (its header), when the file gives one. */
  contentDate?: string;
}

export function originOf(place: GleifPlace): RowOrigin {
  return { file: place.file, at: place.at };
}

/** Reports an error at a record's place. */
export function recordError(
  context: GleifContext,
  place: GleifPlace,
  code: string,
  message: string,
  fix: string,
): void {
  context.problems.error({ code, file: place.file, at: place.at, message, fix });
}

/** Reports a warning (counted) at a record's place. */
export function recordWarning(
  context: GleifContext,
  place: GleifPlace,
  code: string,
  message: string,
  fix: string,
): void {
  context.problems.warn({ code, file: place.file, at: place.at, message, fix });
}

/** The GLEIF publisher, as the golden copy names itself. */
export const GLEIF_PUBLISHER = "GLEIF";
