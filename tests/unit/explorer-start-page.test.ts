import { describe, expect, it } from "vitest";
import type { DatasetRecord } from "../../domain/wire/dataset-api-types";
import type { DatasetSummary } from "../../domain/wire/dataset-summary-types";
import {
  START_PAGE_ABOVE_ENTITIES,
  opensOnStartPage,
  shownDatasets,
  shownEntities,
} from "../../app/explorer/start/large-graph";
import {
  largestGroupsNote,
  moreLine,
  mostHoldingsNote,
  startPageLead,
  ultimateParentsNote,
} from "../../app/explorer/start/start-page-text";

const dataset = (id: string, entities: number): DatasetRecord => ({
  id,
  title: id,
  format: "bods",
  version: "1",
  fileNames: [],
  fileChecksums: [],
  publisher: null,
  licence: null,
  importedAt: "2026-11-29T00:00:00Z",
  sources: 0,
  entities,
  relationships: 0,
  citations: 0,
});

const entity = (id: string) => ({ id, caption: id, type: "Company", holdings: 1 });

const summary = (holders: number, parents: number, candidates: number): DatasetSummary => ({
  dataset: "register",
  day: "2026-11-29",
  entityTypes: [],
  relationshipTypes: [],
  mostHoldings: { total: holders, shown: [entity("a"), entity("b")] },
  ultimateParents: { total: parents, shown: [entity("a")] },
  largestGroups: { candidates, shown: [{ ...entity("a"), members: 9 }] },
});

describe("when the explorer opens on the start page", () => {
  const datasets = [dataset("seed", 60), dataset("register", 1_000_000), dataset("small", 900)];

  it("opens on it when the shown datasets hold more than a canvas stays interactive with", () => {
    expect(opensOnStartPage(datasets, [])).toBe(true);
    expect(opensOnStartPage([dataset("seed", 60)], [])).toBe(false);
    expect(opensOnStartPage([dataset("edge", START_PAGE_ABOVE_ENTITIES)], [])).toBe(false);
    expect(opensOnStartPage([dataset("edge", START_PAGE_ABOVE_ENTITIES + 1)], [])).toBe(true);
  });

  it("leaves hidden datasets out of the count, and lists the rest largest first", () => {
    expect(opensOnStartPage(datasets, ["register"])).toBe(false);
    expect(shownEntities(datasets, ["register"])).toBe(960);
    expect(shownDatasets(datasets, []).map((record) => record.id)).toEqual([
      "register",
      "small",
      "seed",
    ]);
  });
});

describe("the start page's words for its caps", () => {
  it("says how many entities the graph holds", () => {
    expect(startPageLead(1_000_063)).toContain("1,000,063 entities");
    expect(startPageLead(1)).toContain("1 entity:");
  });

  it("says how many more there are wherever a list is capped, and nothing when none", () => {
    expect(moreLine(10, 10, "holders")).toBeNull();
    expect(moreLine(10, 45_678, "holders")).toBe("and 45,668 more holders");
    expect(mostHoldingsNote(summary(3, 1, 1))).toBe("and 1 more holder");
    expect(mostHoldingsNote(summary(2, 1, 1))).toBeNull();
    expect(ultimateParentsNote(summary(2, 12_345, 25))).toBe("and 12,344 more ultimate parents");
  });

  it("says the groups were counted for some parents only when that is so", () => {
    expect(largestGroupsNote(summary(2, 12_345, 25))).toBe(
      "Counted for the 25 ultimate parents with the most direct holdings, of 12,345.",
    );
    expect(largestGroupsNote(summary(2, 3, 3))).toBeNull();
  });
});
