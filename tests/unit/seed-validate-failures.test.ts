import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SeedValidationError, readSeedDirectory, validateSeed } from "../../graph-seed";
import { entries, entryById, problemsOf, realSeedFiles } from "./seed-fixture-files";

describe("validateSeed names file, entry and reason for each broken seed", () => {
  it("a dangling reference", async () => {
    const files = await realSeedFiles();
    entryById(files, "relationships", "casic-owns-aisino")["to"] = "aisino-typo";
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^relationships\.json › casic-owns-aisino › dangling reference: "to" names "aisino-typo", which entities\.json does not define\. Fix: /,
      ),
    ]);
  });

  it("a relationship without a source", async () => {
    const files = await realSeedFiles();
    entryById(files, "relationships", "sasac-owns-casic")["citations"] = [];
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^relationships\.json › sasac-owns-casic › has no citations\. Fix: add "citations"/,
      ),
    ]);
  });

  it("a source cited but not defined", async () => {
    const files = await realSeedFiles();
    entryById(files, "relationships", "sasac-owns-casic")["citations"] = [
      { source: "nowhere", summary: "x" },
    ];
    const problems = problemsOf(files);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^relationships\.json › sasac-owns-casic › citation #0 cites source "nowhere", which sources\.json does not define/,
      ),
    );
  });

  it("a duplicate id, in entities and in relationships", async () => {
    const files = await realSeedFiles();
    entries(files, "entities").push({ ...entryById(files, "entities", "sasac") });
    entries(files, "relationships").push({
      ...entryById(files, "relationships", "sasac-owns-casic"),
    });
    const problems = problemsOf(files);
    expect(problems).toContainEqual(
      expect.stringMatching(/^entities\.json › sasac › duplicate id: entity #\d+ already uses it/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^relationships\.json › sasac-owns-casic › duplicate id: relationship #\d+ already uses it/,
      ),
    );
  });

  it.each([
    [
      "a percent sign",
      { shareExact: "51%" },
      /property "shareExact" is "51%"; a share is a number of percent from 0 to 100/,
    ],
    [
      "above 100",
      { shareExact: 120 },
      /property "shareExact" is 120; a share is a number of percent/,
    ],
    [
      "exact and range together",
      { shareExact: 50, shareMin: 25 },
      /malformed share: shareExact and a shareMin\/shareMax range are both set/,
    ],
    [
      "an upside-down range",
      { shareMin: 75, shareMax: 25 },
      /malformed share: shareMin 75 is above shareMax 25/,
    ],
  ])("a malformed share: %s", async (_label, share, reason) => {
    const files = await realSeedFiles();
    Object.assign(entryById(files, "relationships", "casic-owns-aisino"), share);
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^relationships\.json › casic-owns-aisino › /);
    expect(problems[0]).toMatch(reason);
  });

  it("accepts an exact share and a range as valid shapes", async () => {
    const files = await realSeedFiles();
    Object.assign(entryById(files, "relationships", "casic-owns-aisino"), {
      shareMin: 25,
      shareMax: 50,
    });
    Object.assign(entryById(files, "relationships", "sasac-owns-casic"), { shareExact: 100 });
    expect(() => validateSeed(files)).not.toThrow();
  });

  it("a misspelt property, with a suggestion", async () => {
    const files = await realSeedFiles();
    entryById(files, "relationships", "casic-owns-aisino")["shareExcat"] = 10;
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^relationships\.json › casic-owns-aisino › property "shareExcat" is not allowed on OWNS\. Fix: did you mean "shareExact"\?/,
      ),
    ]);
  });

  it("an entity property without a citation", async () => {
    const files = await realSeedFiles();
    entryById(files, "entities", "aisino")["stockCode"] = "600271";
    entryById(files, "entities", "state-council")["address"] = "somewhere";
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/^entities\.json › state-council › property "address" has no citation/),
    ]);
  });

  it("an unnamed entity without a caption", async () => {
    const files = await realSeedFiles();
    delete entryById(files, "entities", "aisino-hong-kong-subsidiary")["caption"];
    expect(problemsOf(files)).toContainEqual(
      expect.stringMatching(
        /^entities\.json › aisino-hong-kong-subsidiary › has neither a name nor a caption/,
      ),
    );
  });

  it("a relationship against the direction convention", async () => {
    const files = await realSeedFiles();
    Object.assign(entryById(files, "relationships", "aisino-supplies-smartics-2"), {
      from: "smartics-2",
      to: "aisino",
    });
    const problems = problemsOf(files);
    expect(problems).toContainEqual(
      expect.stringMatching(/SUPPLIES cannot go from a Contract \("smartics-2"\)/),
    );
  });

  it("a quote longer than one sentence, a bad firmness and a bad date", async () => {
    const files = await realSeedFiles();
    const relationship = entryById(files, "relationships", "chen-rongxing-officer-of-aisino");
    relationship["citations"] = [
      { source: "rfa-2019-07-22-aisino-hk-checkpoints", quote: "One sentence. Another sentence." },
    ];
    relationship["firmness"] = "certain";
    relationship["asOfDate"] = "May 2016";
    const problems = problemsOf(files);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /chen-rongxing-officer-of-aisino › citation #0 is longer than one sentence/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/chen-rongxing-officer-of-aisino › firmness is "certain"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /chen-rongxing-officer-of-aisino › property "asOfDate" is "May 2016"; it must be an ISO date/,
      ),
    );
  });

  it("an inferred relationship that does not say how", async () => {
    const files = await realSeedFiles();
    delete entryById(files, "relationships", "state-council-controls-sasac")["description"];
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/state-council-controls-sasac › is inferred but does not say how/),
    ]);
  });

  it("lists every problem at once, in one error with a fixed name", async () => {
    const files = await realSeedFiles();
    entryById(files, "relationships", "casic-owns-aisino")["to"] = "nobody";
    entryById(files, "relationships", "sasac-owns-casic")["citations"] = [];
    expect(problemsOf(files)).toHaveLength(2);
  });
});

describe("readSeedDirectory", () => {
  it("names the file when JSON is broken or a file is missing", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "ownergraph-seed-broken-"));
    try {
      await writeFile(path.join(directory, "manifest.json"), '{ "seedVersion": "1" }');
      await writeFile(path.join(directory, "sources.json"), "[ { ");
      await writeFile(path.join(directory, "entities.json"), "[]");
      const error = await readSeedDirectory(directory).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).name).toBe("SeedValidationError");
      const message = (error as Error).message;
      expect(message).toMatch(/sources\.json › \(file\) › is not valid JSON/);
      expect(message).toMatch(/relationships\.json › \(file\) › cannot be read at /);
      expect(message).toMatch(/nothing was written/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
