import { describe, expect, it } from "vitest";
import {
  countsText,
  datasetTitle,
  importHeadline,
  problemPlace,
  sortedDatasets,
} from "../../app/datasets/dataset-text";
import { EMPTY_VIEW, setDatasetHidden, type ViewState } from "../../app/explorer/state/view-state";
import { exportHtmlReport } from "../../domain/export/html-report";
import type { DatasetRecord, ImportJobAnswer } from "../../domain/wire/dataset-api-types";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

function record(id: string, title: string): DatasetRecord {
  return {
    id,
    title,
    format: "bods-0.4",
    version: "v1",
    fileNames: [`${id}.json`],
    fileChecksums: ["x"],
    publisher: null,
    licence: null,
    importedAt: "2026-11-29T06:00:00Z",
    sources: 1,
    entities: 2,
    relationships: 1,
    citations: 0,
  };
}

const job: ImportJobAnswer = {
  datasetId: "bods-fi",
  format: { id: "bods", label: "BODS 0.4" },
  state: "running",
  startedAt: "2026-11-29T06:00:00Z",
  finishedAt: null,
  progress: { phase: "checking", bytesRead: 50, bytesTotal: 200, rows: 1200 },
  report: null,
  error: null,
  status: null,
  counts: null,
};

describe("the Data panel's wording", () => {
  it("names a dataset by its title where known, else by its id", () => {
    const datasets = [record("seed", "Aisino seed"), record("bods-fi", "")];
    expect(datasetTitle("seed", datasets)).toBe("Aisino seed");
    expect(datasetTitle("bods-fi", datasets)).toBe("bods-fi");
    expect(datasetTitle("gone", datasets)).toBe("gone");
  });

  it("counts in words, singular and plural", () => {
    expect(countsText(record("a", "A"))).toBe("2 entities, 1 relationship, 1 source, 0 citations");
  });

  it("lists imported datasets by title and the seed last", () => {
    const sorted = sortedDatasets([
      record("seed", "Seed"),
      record("b", "Beta"),
      record("a", "Alpha"),
    ]);
    expect(sorted.map((dataset) => dataset.id)).toEqual(["a", "b", "seed"]);
  });

  it("says where a problem is", () => {
    expect(problemPlace({ file: "x.json", at: "line 3" })).toBe("x.json, line 3");
    expect(problemPlace({ file: "x.json", at: null })).toBe("x.json");
  });

  it("words each state of an import, progress in the one wording of import-progress.ts", () => {
    expect(importHeadline(job, 2000)).toBe(
      "Importing bods-fi as BODS 0.4: checking: 25 %, 1,200 rows, 600 rows/s, about 6 s left",
    );
    expect(importHeadline({ ...job, progress: null, format: null }, 0)).toBe(
      "Importing bods-fi: starting…",
    );
    const rejected: ImportJobAnswer = {
      ...job,
      state: "rejected",
      report: { errors: [], errorCount: 3, warnings: [] },
      error: "3 errors",
    };
    expect(importHeadline(rejected, 0)).toContain("the files hold 3 errors");
    expect(importHeadline(rejected, 0)).toContain("nothing was written");
    expect(importHeadline({ ...job, state: "failed", error: "Neo4j went away" }, 0)).toBe(
      "The import of bods-fi failed: Neo4j went away. Nothing was written.",
    );
    const done: ImportJobAnswer = {
      ...job,
      state: "done",
      status: "written",
      counts: { entities: 3, relationships: 2, sources: 1, citations: 4 },
    };
    expect(importHeadline(done, 0)).toBe(
      "bods-fi imported as BODS 0.4 (3 entities, 2 relationships, 1 source, 4 citations).",
    );
    expect(importHeadline({ ...done, status: "unchanged" }, 0)).toContain("nothing changed");
  });
});

describe("hiding a dataset in the view", () => {
  const view: ViewState = {
    ...EMPTY_VIEW,
    entities: ["aisino", "fi:gasgrid", "fi:ministry"],
    selection: ["fi:gasgrid"],
    focus: { kind: "chain-up", entityId: "fi:gasgrid" },
  };
  const datasetOf = (id: string) => (id.startsWith("fi:") ? "bods-fi" : "seed");

  it("takes its entities off the canvas, with the selection and focus on them", () => {
    const hidden = setDatasetHidden(view, "bods-fi", true, datasetOf);
    expect(hidden.hiddenDatasets).toEqual(["bods-fi"]);
    expect(hidden.entities).toEqual(["aisino"]);
    expect(hidden.selection).toEqual([]);
    expect(hidden.focus).toBeNull();
  });

  it("shows it again without touching the canvas, and changes nothing twice", () => {
    const hidden = setDatasetHidden(view, "bods-fi", true, datasetOf);
    expect(setDatasetHidden(hidden, "bods-fi", true, datasetOf)).toBe(hidden);
    const shown = setDatasetHidden(hidden, "bods-fi", false, datasetOf);
    expect(shown.hiddenDatasets).toEqual([]);
    expect(shown.entities).toEqual(["aisino"]);
  });
});

describe("the report names the dataset of every claim", () => {
  const graph: WireGraph = {
    nodes: [
      {
        key: "a",
        attributes: { labels: ["Entity", "Company"], properties: { id: "a", caption: "A" } },
      },
      {
        key: "b",
        attributes: { labels: ["Entity", "Company"], properties: { id: "b", caption: "B" } },
      },
    ],
    edges: [
      {
        key: "r1",
        source: "a",
        target: "b",
        attributes: {
          type: "OWNS",
          properties: { id: "r1", shareExact: 60, firmness: "reported", dataset: "bods-<fi>" },
        },
      },
      {
        key: "r2",
        source: "b",
        target: "a",
        attributes: { type: "CONTROLS", properties: { id: "r2" } },
      },
    ],
  };

  it("in each footnote, as text", () => {
    const html = exportHtmlReport({
      title: "T",
      date: "2026-11-29",
      graph,
      sources: [],
      chains: [],
    });
    const first = /<li id="fn-1">(.*?)<\/li>/s.exec(html)?.[1] ?? "";
    const second = /<li id="fn-2">(.*?)<\/li>/s.exec(html)?.[1] ?? "";
    expect(first).toContain("Dataset: bods-&lt;fi&gt;.");
    expect(second).not.toContain("Dataset:");
  });
});
