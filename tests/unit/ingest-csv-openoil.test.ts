/**
 * OpenOil's Nigeria ownership table (tests/fixtures/csv/openoil, real data, ODbL 1.0): links by
 * name only, so both ends are created as companies; each row cites its own source url.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { csvFormat } from "../../server/ingest/formats/csv-format";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runImportFormat, type FormatRun } from "../support/run-import-format";

const OPENOIL = fileURLToPath(new URL("../fixtures/csv/openoil/", import.meta.url));

describe("CSV import of OpenOil's Nigeria ownership table", () => {
  let run: FormatRun;
  beforeAll(async () => {
    const file = await localImportFile(OPENOIL + "Nigeria_ownership_20140711.csv");
    const mapping = await readFile(OPENOIL + "mapping.json", "utf8");
    run = await runImportFormat(csvFormat, [file], { mapping }, "openoil");
  });

  it("imports the 60 links between the companies they name, without a problem", () => {
    expect(run.report.errors).toEqual([]);
    expect(run.report.warnings).toEqual([]);
    expect(run.rows.relationships).toHaveLength(60);
    const names = new Set(
      run.rows.relationships.flatMap((row) => [row.from, row.to]).map((id) => id.slice(8)),
    );
    expect(run.rows.entities).toHaveLength(names.size);
    expect(run.rows.entities.every((row) => row.type === "Company")).toBe(true);
  });

  it("keeps the 33 stated shares and leaves the 27 missing ones unknown", () => {
    const shares = run.rows.relationships.map((row) => row.properties["shareExact"]);
    expect(shares.filter((share) => share === undefined)).toHaveLength(27);
    const exxon = run.rows.relationships.find(
      (row) =>
        row.from === "openoil:ExxonMobil Corporation" &&
        row.to === "openoil:Esso Exploration and Production Nigeria Limited",
    );
    expect(exxon?.properties["shareExact"]).toBe(100);
  });

  it("cites each row's own source url, else the table's source, and keeps the licence", () => {
    const urls = run.rows.sources.map((row) => row.properties["url"]).filter(Boolean);
    // 58 rows give a url (35 different ones); the other 2 cite the table's source.
    expect(urls).toHaveLength(35);
    expect(run.rows.sources).toHaveLength(36);
    const exxon = run.rows.relationships[0];
    expect(exxon?.properties["sourceIds"]).toEqual([
      "openoil:url:http://www.exxonmobil.com.ng/nigeria-english/pa/about_who_eepnl.aspx",
    ]);
    expect(run.metadata).toEqual({
      title: "OpenOil Nigeria oil-sector ownership (2014)",
      publisher: "OpenOil UG",
      licence: "ODbL-1.0",
    });
  });
});
