/**
 * The KEK media-concentration tables (tests/fixtures/csv/kek, real data) through the CSV format
 * and its mapping file, checked against the files: counts, shares, provenance.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { localImportFile } from "../../server/ingest/read/local-file";
import { csvFormat } from "../../server/ingest/formats/csv-format";
import { runImportFormat, type FormatRun } from "../support/run-import-format";

const KEK = fileURLToPath(new URL("../fixtures/csv/kek/", import.meta.url));

async function kekRun(): Promise<FormatRun> {
  const files = await Promise.all(
    ["company.csv", "shares.csv", "media.csv"].map((name) => localImportFile(KEK + name)),
  );
  const mapping = await readFile(KEK + "mapping.json", "utf8");
  return runImportFormat(csvFormat, files, { mapping }, "kek");
}

describe("CSV import of the KEK tables", () => {
  let run: FormatRun;
  beforeAll(async () => {
    run = await kekRun();
  });

  it("imports without errors, counting the one self-holding as a warning", () => {
    expect(run.report.errors).toEqual([]);
    expect(run.report.warnings.map((group) => [group.code, group.count])).toEqual([
      ["self-relationship", 1],
    ]);
  });

  it("gives 3,065 companies and 1,103 media outlets, 2,904 holdings and 1,103 operator links", () => {
    const { entities, relationships } = run.rows;
    expect(entities.filter((row) => row.id.startsWith("kek:company-"))).toHaveLength(3065);
    expect(entities.filter((row) => row.id.startsWith("kek:media-"))).toHaveLength(1103);
    expect(relationships.filter((row) => row.type === "OWNS")).toHaveLength(2904);
    expect(relationships.filter((row) => row.type === "CONTROLS")).toHaveLength(1103);
  });

  it("keeps shares as numbers of percent, and an empty share cell absent (47 unknown)", () => {
    const owns = run.rows.relationships.filter((row) => row.type === "OWNS");
    const first = owns.find(
      (row) => row.from === "kek:company-3360" && row.to === "kek:company-3828",
    );
    expect(first?.properties["shareExact"]).toBe(100);
    const fraction = owns.find((row) => row.from === "kek:company-1093");
    expect(fraction?.properties["shareExact"]).toBe(38.85);
    expect(owns.filter((row) => row.properties["shareExact"] === undefined)).toHaveLength(47);
  });

  it("keeps the cross-holding of Constantin Medien and Highlight Communications both ways", () => {
    const idOf = (name: string) =>
      run.rows.entities.find((row) => row.properties["name"] === name)?.id;
    const constantin = idOf("Constantin Medien AG");
    const highlight = idOf("Highlight Communications AG");
    const owns = run.rows.relationships.filter((row) => row.type === "OWNS");
    expect(owns.some((row) => row.from === constantin && row.to === highlight)).toBe(true);
    expect(owns.some((row) => row.from === highlight && row.to === constantin)).toBe(true);
  });

  it("cites every relationship and every entity to the mapping's source, and describes the dataset", () => {
    const source = run.rows.sources[0];
    expect(run.rows.sources).toHaveLength(1);
    expect(source?.properties).toMatchObject({
      caption: "KEK media database: companies, shareholdings and media outlets",
      kind: "governmentList",
      url: "https://www.kek-online.de/",
    });
    for (const row of run.rows.relationships) {
      expect(row.properties["sourceIds"]).toEqual([source?.id]);
      expect(row.properties["quoteKinds"]).toEqual(["summary"]);
    }
    expect(run.rows.citations).toHaveLength(3065 + 1103);
    const quote = run.rows.relationships.find((row) => row.id === "kek:shares.csv#2");
    expect(quote?.properties["quotes"]).toEqual([
      "shares.csv, record 2 (line 2): 3360 owns 3828 (100 %)",
    ]);
    expect(run.metadata).toEqual({
      title: "KEK media ownership (Germany, about 2017)",
      publisher: "Kommission zur Ermittlung der Konzentration im Medienbereich (KEK)",
    });
  });

  it("keeps addresses with their inner line breaks, trimmed, and leaves blank ones out", () => {
    const company = (id: string) => run.rows.entities.find((row) => row.id === `kek:company-${id}`);
    expect(company("4380")?.properties["address"]).toBe("Elgendorfer Straße 57\nMontabaur 56410");
    expect(company("3828")?.properties["address"]).toBeUndefined();
    expect(company("3828")?.properties["name"]).toBe(
      '"Axel Springer Verlag" Beteiligungsgesellschaft mbH',
    );
  });
});
