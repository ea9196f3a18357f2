import { describe, expect, it } from "vitest";
import { readExportRequest } from "../../domain/export";
import { exportHtmlReport } from "../../domain/export/html-report";
import { readReportChanges } from "../../domain/export/report-changes";
import { graphAsOf } from "../../domain/time";
import type { Properties, WireGraph } from "../../domain/wire/graph-wire-types";

const node = (key: string, name: string) => ({
  key,
  attributes: { labels: ["Entity", "Company"], properties: { id: key, name, caption: name } },
});
const owns = (key: string, source: string, properties: Properties) => ({
  key,
  source,
  target: "tecido",
  attributes: { type: "OWNS", properties: { sourceIds: ["s1"], quotes: [""], ...properties } },
});

// Tecido between 2021-01-01 and 2023-06-01: Maria Esteves's 100 % ended, Shear Trust's 80 % began.
const graph: WireGraph = {
  nodes: [
    node("tecido", "Tecido Ltd"),
    node("maria", "Maria Esteves"),
    node("trust", "Shear Trust"),
  ],
  edges: [
    owns("maria-100", "maria", {
      shareExact: 100,
      heldFrom: "2002-03-09",
      heldSurelyFrom: "2002-03-09",
      heldSurelyUntil: "2021-09-23",
      heldUntil: "2021-09-23",
    }),
    owns("trust-80", "trust", {
      shareExact: 80,
      heldFrom: "2023-03-01",
      heldSurelyFrom: "2023-03-01",
    }),
  ],
};
const changes = {
  from: "2021-01-01",
  to: "2023-06-01",
  changes: [
    { kind: "appeared" as const, edgeKey: "trust-80", shareBefore: null, shareAfter: "80%" },
    { kind: "ended" as const, edgeKey: "maria-100", shareBefore: "100%", shareAfter: null },
  ],
};

describe("what changed, in the report", () => {
  it("lists the links that appeared and ended, cited, the ended one kept though it no longer holds", () => {
    const kept = graphAsOf(graph, "2023-06-01", new Set(["maria-100"]));
    expect(kept.edges.map((edge) => edge.key)).toEqual(["maria-100", "trust-80"]);
    expect(graphAsOf(graph, "2023-06-01").edges.map((edge) => edge.key)).toEqual(["trust-80"]);

    const html = exportHtmlReport({
      title: "Tecido",
      date: "As of 2023-06-01",
      graph: kept,
      changes,
    });
    const section =
      /<section><h2>What changed from 2021-01-01 to 2023-06-01<\/h2>.*?<\/section>/s.exec(
        html,
      )?.[0] ?? "";
    expect(section).toMatch(
      /<h3>Appeared<\/h3><ul><li>Shear Trust owns Tecido Ltd: 80%<sup><a href="#fn-\d+">/,
    );
    expect(section).toMatch(/<h3>Ended<\/h3><ul><li>Maria Esteves owns Tecido Ltd: 100%<sup>/);
    expect(section).not.toContain("Changed");
    expect(exportHtmlReport({ title: "Tecido", date: "today", graph })).not.toContain(
      "What changed",
    );
  });

  it("refuses a malformed list of changes with what to send", () => {
    expect(() => readReportChanges({ from: "2021-01-01", to: "June", changes: [] })).toThrow(
      /from and to must be days written YYYY-MM-DD/,
    );
    expect(() =>
      readReportChanges({ ...changes, changes: [{ kind: "vanished", edgeKey: "x" }] }),
    ).toThrow(/change 1 has a kind that is not appeared, changed, ended/);
    expect(() => readReportChanges({ ...changes, changes: [{ kind: "ended" }] })).toThrow(
      /change 1 names no edgeKey/,
    );
    const request = readExportRequest({ format: "html", graph, changes }, 100);
    expect(request.changes?.changes).toHaveLength(2);
    expect(readExportRequest({ format: "html", graph }, 100).changes).toBeNull();
  });
});
