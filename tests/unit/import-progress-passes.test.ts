// The import's progress reaches 100 % at the end of each pass, not halfway, for formats that
// read their files twice in one pass (BODS: ids first, then the statements).
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { ImportProgress } from "../../domain/ingest";
import { syntheticBodsJsonLines } from "../../domain/synthetic/synthetic-bods";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { tinyImportFormat } from "../support/tiny-import-format";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
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
});
