/** Runs the GLEIF format over fixture files, as the import runner's validation pass does. */
import path from "node:path";
import type { ImportFile, ImportReport, ModelRows } from "../../domain/ingest";
import { gleifFormat } from "../../server/ingest/formats/gleif-format";
import { localImportFile } from "../../server/ingest/read/local-file";
import { collectFormatRows } from "../support/collect-format-rows";
import { memoryImportFile } from "../support/memory-import-file";

export const GLEIF_FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "gleif");

export interface GleifRun {
  rows: ModelRows;
  report: ImportReport;
}

export function memoryFile(name: string, text: string): ImportFile {
  return memoryImportFile(name, text, Number.POSITIVE_INFINITY);
}

export async function fixtureFiles(...names: string[]): Promise<ImportFile[]> {
  return Promise.all(names.map((name) => localImportFile(path.join(GLEIF_FIXTURES, name))));
}

export async function runGleif(files: ImportFile[], datasetId = "gleif-test"): Promise<GleifRun> {
  const { rows, report } = await collectFormatRows(gleifFormat, files, datasetId);
  return { rows, report };
}

/** The rows without their origins (which differ between XML lines and JSON records). */
export function withoutOrigins(rows: ModelRows): unknown {
  const strip = <Row extends { origin?: unknown }>({ origin: _origin, ...rest }: Row): unknown =>
    rest;
  return {
    sources: rows.sources.map((row) => {
      const properties = { ...row.properties };
      delete properties["locator"];
      return { ...(strip(row) as object), properties };
    }),
    entities: rows.entities.map(strip),
    relationships: rows.relationships.map(strip),
    citations: rows.citations.map(strip),
  };
}

export function warningCount(report: ImportReport, code: string): number {
  return report.warnings.find((group) => group.code === code)?.count ?? 0;
}
