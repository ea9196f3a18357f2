import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  SEED_DATA_DIRECTORY,
  SeedValidationError,
  readSeedDirectory,
  validateSeed,
} from "../../graph-seed";
import { normaliseWhitespace } from "../../graph-seed/source-texts";
import { entryById, problemsOf, realSeedFiles, type RawEntry } from "./seed-fixture-files";

const RFA = "rfa-2019-07-22-aisino-hk-checkpoints";
const RFA_TEXT = `${RFA}.txt`;

function citations(entry: RawEntry): RawEntry[] {
  return entry["citations"] as RawEntry[];
}

describe("quotes are checked against the source texts the seed holds", () => {
  it("the real seed holds the RFA excerpts, and every RFA quote is in them", async () => {
    const files = await realSeedFiles();
    expect(Object.keys(files.sourceTexts)).toContain(RFA_TEXT);
    expect(() => validateSeed(files)).not.toThrow();
  });

  it("a changed quote: the seed does not load, and the message names citation and source", async () => {
    const files = await realSeedFiles();
    const quoted = citations(entryById(files, "relationships", "casic-controls-aisino"))[0]!;
    expect(quoted["source"]).toBe(RFA);
    quoted["quote"] = String(quoted["quote"]).replace("state-owned", "privately owned");
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^relationships\.json › casic-controls-aisino › citation #0 quotes "Its parent company, .*" from source "rfa-2019-07-22-aisino-hk-checkpoints", but source-texts\/rfa-2019-07-22-aisino-hk-checkpoints\.txt does not contain these words\. Fix: copy the words exactly/,
      ),
    ]);
  });

  it("checks entity citations too, and leaves summaries alone", async () => {
    const files = await realSeedFiles();
    const aisino = citations(entryById(files, "entities", "aisino"));
    const quoted = aisino.find((c) => c["source"] === RFA && "quote" in c)!;
    quoted["quote"] = "Aisino Corp. could produce any card at all";
    const index = aisino.indexOf(quoted);
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        new RegExp(`^entities\\.json › aisino › citation #${index} quotes "Aisino Corp\\. could`),
      ),
    ]);
    // The same words as our summary are allowed: they are marked as ours, not the source's.
    delete quoted["quote"];
    quoted["summary"] = "Aisino Corp. could produce any card at all";
    expect(() => validateSeed(files)).not.toThrow();
  });

  it("compares after Unicode whitespace normalisation (the article has non-breaking spaces)", async () => {
    const files = await realSeedFiles();
    const text = files.sourceTexts[RFA_TEXT]!;
    expect(text).toContain("China Aerospace\u00a0Science & Industry Corp.");
    const quoted = citations(entryById(files, "relationships", "casic-controls-aisino"))[0]!;
    expect(String(quoted["quote"])).toContain("China Aerospace Science & Industry Corp.");
    quoted["quote"] = String(quoted["quote"]).replace("missile and", "missile\u2003and\n");
    expect(() => validateSeed(files)).not.toThrow();
    expect(normaliseWhitespace(" a\u00a0\u3000b\n\tc ")).toBe("a b c");
  });

  it("reports a text file that names no source or lacks its attribution line", async () => {
    const files = await realSeedFiles();
    files.sourceTexts["no-such-source.txt"] = "# Attribution\n\nSome text.";
    files.sourceTexts[RFA_TEXT] = files.sourceTexts[RFA_TEXT]!.replace(/^(#[^\n]*\n)+/, "");
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^source-texts\/rfa-2019-07-22-aisino-hk-checkpoints\.txt › \(file\) › has no attribution line\. Fix: /,
      ),
      expect.stringMatching(
        /^source-texts\/no-such-source\.txt › \(file\) › names no source in sources\.json\. Fix: /,
      ),
    ]);
  });

  it("readSeedDirectory reads the texts from the seed directory's source-texts folder", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "ownergraph-seed-quotes-"));
    try {
      await cp(SEED_DATA_DIRECTORY, directory, { recursive: true });
      const textFile = path.join(directory, "source-texts", RFA_TEXT);
      const original = await readFile(textFile, "utf8");
      await writeFile(textFile, original.replace("missile and satellite-maker", "rocket maker"));
      const error = await readSeedDirectory(directory).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as Error).message).toMatch(
        /casic-controls-aisino › citation #0 quotes "Its parent company, missile and satellite-maker/,
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
