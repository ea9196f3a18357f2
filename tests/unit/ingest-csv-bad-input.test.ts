/**
 * Bad CSV input and bad mapping files: each one a clear problem (code, file, place, fix), found
 * by the same pass the import runner validates with.
 */
import { describe, expect, it } from "vitest";
import type { ImportProblem } from "../../domain/ingest";
import { csvFormat } from "../../server/ingest/formats/csv-format";
import { memoryImportFile } from "../support/memory-import-file";
import { runImportFormat, type FormatRun } from "../support/run-import-format";

const SOURCE = { title: "Test register", kind: "registerStatement", url: "https://example.org/" };

const ENTITIES = {
  file: "entities.csv",
  id: "id",
  type: "Company",
  properties: { name: "name", jurisdiction: "country", foundingDate: "founded" },
};

const LINKS = {
  file: "links.csv",
  type: "OWNS",
  from: "owner",
  to: "owned",
  properties: { shareExact: "share" },
  fixed: { interestType: "shareholding", directOrIndirect: "direct" },
};

const GOOD_ENTITIES = "id,name,country,founded\nc1,Alpha Ltd,GB,2001-05-04\nc2,Beta AG,de,1999\n";

function run(
  files: Record<string, string>,
  mapping: unknown = { source: SOURCE, entities: [ENTITIES], relationships: [LINKS] },
): Promise<FormatRun> {
  const given = Object.entries(files).map(([name, text]) => memoryImportFile(name, text));
  const options: Record<string, string> =
    mapping === null
      ? {}
      : { mapping: typeof mapping === "string" ? mapping : JSON.stringify(mapping) };
  return runImportFormat(csvFormat, given, options);
}

function codes(result: FormatRun): string[] {
  return result.report.errors.map((problem) => problem.code);
}

function only(result: FormatRun, code: string): ImportProblem {
  const found = result.report.errors.filter((problem) => problem.code === code);
  expect(found, JSON.stringify(result.report.errors)).toHaveLength(1);
  return found[0] as ImportProblem;
}

describe("CSV import: the mapping file checked against the model", () => {
  it("reads a good pair of tables without a problem", async () => {
    const result = await run({
      "entities.csv": GOOD_ENTITIES,
      "links.csv": "owner,owned,share\nc1,c2,51\n",
    });
    expect(result.report.errors).toEqual([]);
    expect(result.rows.entities.map((row) => row.properties["jurisdiction"])).toEqual(["GB", "DE"]);
    expect(result.rows.relationships[0]?.properties["shareExact"]).toBe(51);
  });

  it("refuses a mapping that is not JSON", async () => {
    const problem = only(
      await run({ "entities.csv": GOOD_ENTITIES }, "{ not json"),
      "mapping-not-json",
    );
    expect(problem.file).toBe("mapping file");
    expect(problem.fix).toMatch(/docs\/import-csv\.md/);
  });

  it("names an unknown property with its path and the properties the type has", async () => {
    const mapping = {
      source: SOURCE,
      entities: [{ ...ENTITIES, properties: { nmae: "name" } }],
    };
    const problem = only(
      await run({ "entities.csv": GOOD_ENTITIES }, mapping),
      "mapping-unknown-property",
    );
    expect(problem.at).toBe("entities[0].properties.nmae");
    expect(problem.message).toContain('"nmae"');
    expect(problem.fix).toContain("name, nameZh");
  });

  it("names an unknown type and lists the model's types", async () => {
    const mapping = { source: SOURCE, entities: [{ ...ENTITIES, type: "Firm" }] };
    const problem = only(
      await run({ "entities.csv": GOOD_ENTITIES }, mapping),
      "mapping-unknown-type",
    );
    expect(problem.at).toBe("entities[0].type");
    expect(problem.fix).toContain("Company");
  });

  it("asks for the properties a relationship type requires", async () => {
    const mapping = {
      source: SOURCE,
      entities: [ENTITIES],
      relationships: [{ ...LINKS, fixed: {} }],
    };
    const result = await run(
      { "entities.csv": GOOD_ENTITIES, "links.csv": "owner,owned,share\n" },
      mapping,
    );
    expect(codes(result)).toEqual(["mapping-missing-required", "mapping-missing-required"]);
    expect(result.report.errors[0]?.message).toContain('"directOrIndirect"');
  });

  it("checks fixed values and the source's kind", async () => {
    const mapping = {
      source: { ...SOURCE, kind: "rumour" },
      entities: [ENTITIES],
      relationships: [
        { ...LINKS, fixed: { interestType: "shareholding", directOrIndirect: "sideways" } },
      ],
    };
    const result = await run(
      { "entities.csv": GOOD_ENTITIES, "links.csv": "owner,owned,share\n" },
      mapping,
    );
    expect(codes(result)).toEqual(["mapping-bad-value", "mapping-bad-value"]);
    expect(result.report.errors.map((problem) => problem.at)).toEqual([
      "source.kind",
      "relationships[0].fixed.directOrIndirect",
    ]);
  });

  it("names a column the mapping reads that the file's header lacks", async () => {
    const problem = only(
      await run({
        "entities.csv": "id,name,country\nc1,A,GB\n",
        "links.csv": "owner,owned,share\n",
      }),
      "missing-column",
    );
    expect(problem).toMatchObject({ file: "entities.csv", at: "header" });
    expect(problem.message).toContain('"founded"');
    expect(problem.message).toContain("id, name, country");
  });

  it("names a file the mapping reads that was not given, and warns of a file it does not read", async () => {
    const result = await run({ "entities.csv": GOOD_ENTITIES, "extra.csv": "a,b\n1,2\n" });
    expect(only(result, "mapping-file-missing").at).toBe("links.csv");
    expect(result.report.warnings.map((group) => group.code)).toEqual(["unmapped-file"]);
  });

  it("asks for a mapping file when a plain CSV comes without one", async () => {
    const problem = only(await run({ "entities.csv": GOOD_ENTITIES }, null), "no-mapping");
    expect(problem.fix).toContain("--mapping");
  });
});

describe("CSV import: bad cells and bad files", () => {
  const links = (rows: string) =>
    run({ "entities.csv": GOOD_ENTITIES, "links.csv": `owner,owned,share\n${rows}` });

  it("refuses a share with a percent sign and says how to write it", async () => {
    const problem = only(await links("c1,c2,51%\n"), "share-with-percent-sign");
    expect(problem).toMatchObject({ file: "links.csv", at: "record 2 (line 2)" });
    expect(problem.message).toContain('Column "share"');
    expect(problem.fix).toContain("51.");
  });

  it("refuses shares below 0 and over 100, and a share that is not a number", async () => {
    const result = await links("c1,c2,150\nc2,c1,-5\nc1,c1,half\n");
    expect(codes(result)).toEqual([
      "share-out-of-range",
      "share-out-of-range",
      "share-not-a-number",
    ]);
    expect(result.report.errors.map((problem) => problem.at)).toEqual([
      "record 2 (line 2)",
      "record 3 (line 3)",
      "record 4 (line 4)",
    ]);
  });

  it("reads 0.51 as 0.51 percent, never as a fraction of one", async () => {
    const result = await links("c1,c2,0.51\n");
    expect(result.report.errors).toEqual([]);
    expect(result.rows.relationships[0]?.properties["shareExact"]).toBe(0.51);
  });

  it("refuses a date that does not exist, and a country that is not a code", async () => {
    const result = await run({
      "entities.csv": "id,name,country,founded\nc1,A,Britain,2019-02-30\n",
      "links.csv": "owner,owned,share\n",
    });
    expect(codes(result)).toEqual(["bad-country", "bad-date"]);
    expect(result.report.errors[1]?.message).toContain('"2019-02-30"');
  });

  it("names a ragged row", async () => {
    const result = await run({
      "entities.csv": `${GOOD_ENTITIES}c3,Gamma,GB\n`,
      "links.csv": "owner,owned,share\n",
    });
    expect(only(result, "ragged-row")).toMatchObject({
      file: "entities.csv",
      at: "record 4 (line 4)",
    });
  });

  it("reports a truncated file (a quote never closed) and an empty one", async () => {
    const result = await run({
      "entities.csv": `${GOOD_ENTITIES}c3,"Gamma`,
      "links.csv": "",
    });
    expect(codes(result).sort()).toEqual(["empty-file", "not-csv"]);
  });

  it("refuses a duplicate id and a link to an entity no table defines", async () => {
    const result = await run({
      "entities.csv": `${GOOD_ENTITIES}c1,Again,GB,2000\n`,
      "links.csv": "owner,owned,share\nc1,c9,10\n",
    });
    expect(codes(result)).toEqual(["duplicate-id", "dangling-reference"]);
  });

  it("keeps HTML and script text in names as plain text", async () => {
    const name = '<script>alert("x")</script> & <b>Co</b>';
    const result = await run({
      "entities.csv": `id,name,country,founded\nc1,"${name.replaceAll('"', '""')}",GB,\n`,
      "links.csv": "owner,owned,share\n",
    });
    expect(result.report.errors).toEqual([]);
    expect(result.rows.entities[0]?.properties["name"]).toBe(name);
    expect(result.rows.entities[0]?.properties["caption"]).toBe(name);
  });

  it("refuses a JSON file given as CSV", async () => {
    const result = await run({
      "entities.csv": '{"statementId": "x", "a": [1, 2]}\n',
      "links.csv": "",
    });
    expect(result.report.errorCount).toBeGreaterThan(0);
    expect(codes(result)).toContain("empty-file");
    expect(codes(result).some((code) => code === "not-csv" || code === "missing-column")).toBe(
      true,
    );
  });
});
