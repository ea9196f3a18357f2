// The import's progress reaches 100 % at the end of each pass, not halfway, for formats that
// read their files twice in one pass (BODS: ids first, then the statements); the bulk path's
// one reading is reported as what it is, checking and writing.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { importProgressText, type ImportProgress } from "../../domain/ingest";
import { AdminCsvFiles } from "../../server/ingest/bulk/admin-csv-files";
import { adminCsvTransaction } from "../../server/ingest/bulk/admin-csv-transaction";
import { syntheticBodsJsonLines } from "../../domain/synthetic/synthetic-bods";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { tinyImportFormat } from "../support/tiny-import-format";
import { checkAndWriteImport, runDatasetImport } from "../../server/ingest/run-dataset-import";
import { memoryImportFile } from "../support/memory-import-file";

/** A dry run never opens a connection: this driver points at a port nothing listens on. */
const unusedDriver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("none", "none"));

async function checkingProgress(
  run: (onProgress: (progress: ImportProgress) => void) => Promise<unknown>,
): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = [];
  await run((progress) => seen.push(progress));
  return seen.filter((progress) => progress.phase === "checking");
}

describe("import progress", () => {
  it("ends a pass of a format that reads its files twice at 100 %, not halfway", async () => {
    const text = [...syntheticBodsJsonLines({ entities: 3_000, seed: 5 })].join("");
    const file = memoryImportFile("synthetic.jsonl", text, 64 * 1024);
    expect(bodsFormat.readsPerPass).toBe(2);
    const seen = await checkingProgress((onProgress) =>
      runDatasetImport(unusedDriver, undefined, {
        files: [file],
        format: bodsFormat,
        datasetId: "progress",
        dryRun: true,
        onProgress,
      }),
    );
    const last = seen.at(-1);
    expect(last?.bytesTotal).toBe(2 * text.length);
    // The start of the file is sampled once more (64 kB, to tell JSON Lines from an array).
    const ratio = (last?.bytesRead ?? 0) / (last?.bytesTotal ?? 1);
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThan(1.05);
    // Half the rows in, the bar is short of full (the rows come in the second read; when
    // a relationship record's versions wait for its last statement, they come late in it).
    const halfway = seen.find((progress) => progress.rows >= (last?.rows ?? 0) / 2);
    expect((halfway?.bytesRead ?? 0) / (halfway?.bytesTotal ?? 1)).toBeLessThan(0.95);
  });

  it("counts a format that reads its files once against their size", async () => {
    const items = Array.from({ length: 400 }, (_, index) => ({ entity: `e${String(index)}` }));
    const text = JSON.stringify(items);
    const seen = await checkingProgress((onProgress) =>
      runDatasetImport(unusedDriver, undefined, {
        files: [memoryImportFile("tiny.json", text, 512)],
        format: tinyImportFormat,
        datasetId: "progress",
        dryRun: true,
        onProgress,
      }),
    );
    expect(seen.at(-1)?.bytesRead).toBe(text.length);
    expect(seen.at(-1)?.bytesTotal).toBe(text.length);
  });

  it("reports the bulk path's one reading as checking and writing, ending at 100 %", async () => {
    const text = [...syntheticBodsJsonLines({ entities: 1_000, seed: 5 })].join("");
    const folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-progress-"));
    try {
      const files = new AdminCsvFiles(folder);
      const seen: ImportProgress[] = [];
      const { written } = await checkAndWriteImport(adminCsvTransaction(files), {
        files: [memoryImportFile("synthetic.jsonl", text, 64 * 1024)],
        format: bodsFormat,
        datasetId: "progress",
        onProgress: (progress) => seen.push(progress),
      });
      await files.close();
      expect(written.entities).toBeGreaterThan(1_000);
      expect(new Set(seen.map((progress) => progress.phase))).toEqual(
        new Set(["checking and writing"]),
      );
      const last = seen.at(-1);
      if (!last) throw new Error("no progress was reported");
      expect(last.bytesRead / (last.bytesTotal ?? 1)).toBeGreaterThanOrEqual(1);
      expect(importProgressText(last, 2_000)).toMatch(
        /^checking and writing the CSV files: 100 %, [\d,]+ rows/,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
