import { describe, expect, it } from "vitest";
import { rowsToWireGraph } from "../../domain/ingest";
import { ownershipEdgesFromWireGraph, separateSummaryEdges } from "../../domain/ownership";
import { fixtureFiles, memoryFile, runGleif, warningCount } from "./ingest-gleif-helpers";

const LEI_A = "5493001KJTIIGC8Y1R12";
const LEI_B = "097900BHF50000076475";

function leiJson(records: unknown[]): string {
  return JSON.stringify(records);
}

function leiRecord(lei: string, entity: Record<string, unknown>, registration = {}): unknown {
  return {
    LEI: lei,
    Entity: { LegalName: "Acme Ltd", LegalJurisdiction: "GB", EntityStatus: "ACTIVE", ...entity },
    Registration: { InitialRegistrationDate: "2014-01-02T00:00:00Z", ...registration },
  };
}

describe("GLEIF import: bad input gets a clear problem, never a throw", () => {
  it("an empty file and a file of another format are named as such", async () => {
    const { report } = await runGleif([
      memoryFile("empty.json", ""),
      memoryFile("people.csv", "name,share\nA,51%\n"),
    ]);
    expect(report.errors).toMatchObject([
      { code: "not-gleif", file: "empty.json", message: "The file is empty." },
      { code: "not-gleif", file: "people.csv" },
    ]);
  });

  it("a truncated JSON file is reported with the record it broke after", async () => {
    const text = leiJson([leiRecord(LEI_A, {}), leiRecord(LEI_B, {})]);
    const { report, rows } = await runGleif([memoryFile("cut.json", text.slice(0, -40))]);
    expect(report.errors).toMatchObject([{ code: "unreadable-file", file: "cut.json" }]);
    expect(report.errors[0]?.at).toBe("record 2");
    expect(rows.entities).toHaveLength(1);
  });

  it("a date that does not exist (2019-02-30) is an error naming the field and record", async () => {
    const bad = leiRecord(LEI_A, { EntityCreationDate: "2019-02-30T00:00:00+01:00" });
    const { report } = await runGleif([memoryFile("lei.json", leiJson([bad]))]);
    expect(report.errors).toMatchObject([
      { code: "invalid-date", file: "lei.json", at: "record 1" },
    ]);
    expect(report.errors[0]?.message).toContain("EntityCreationDate");
  });

  it("a duplicate LEI record and a malformed LEI are errors", async () => {
    const records = [leiRecord(LEI_A, {}), leiRecord(LEI_A, {}), leiRecord("NOT-AN-LEI", {})];
    const { report } = await runGleif([memoryFile("lei.json", leiJson(records))]);
    expect(report.errors.map((error) => [error.code, error.at])).toEqual([
      ["duplicate-lei", "record 2"],
      ["invalid-lei", "record 3"],
    ]);
  });

  it("HTML and script in a name are kept as plain text", async () => {
    const name = '<script>alert("x")</script> & <b>Co</b>';
    const { rows, report } = await runGleif([
      memoryFile("lei.json", leiJson([leiRecord(LEI_A, { LegalName: name })])),
    ]);
    expect(report.errors).toEqual([]);
    expect(rows.entities[0]?.properties["name"]).toBe(name);
    expect(rows.entities[0]?.properties["caption"]).toBe(name);
  });

  it("an unknown relationship type is counted and skipped, not dropped silently", async () => {
    const rr = [
      {
        Relationship: {
          StartNode: { NodeID: LEI_A, NodeIDType: "LEI" },
          EndNode: { NodeID: LEI_B, NodeIDType: "LEI" },
          RelationshipType: "IS_SOMETHING_NEW",
        },
      },
    ];
    const { report, rows } = await runGleif([memoryFile("rr.json", JSON.stringify(rr))]);
    expect(report.errors).toEqual([]);
    expect(warningCount(report, "unmapped-relationship-type")).toBe(1);
    expect(rows.relationships).toEqual([]);
  });
});

describe("GLEIF consolidation in the chain arithmetic", () => {
  it("counts an ultimate-parent link once where direct links connect the same pair", async () => {
    const files = await fixtureFiles(
      "2023-11/lei-updates-data2.json",
      "2023-11/rr-updates-data2.json",
    );
    const { rows } = await runGleif(files);
    const { summaryEdges } = separateSummaryEdges(
      ownershipEdgesFromWireGraph(rowsToWireGraph(rows)),
    );
    expect(summaryEdges).toHaveLength(3);
    expect(summaryEdges.every((use) => !use.usedInArithmetic)).toBe(true);
    expect(summaryEdges.every((use) => use.reason === "componentPathPresent")).toBe(true);
  });
});

describe("GLEIF's own JSON shape", () => {
  it('reads {"records": [...]} with {"$": …} values and @attributes', async () => {
    const file = {
      records: [
        {
          LEI: { $: LEI_A },
          Entity: {
            LegalName: { "@xml:lang": "en", $: "Acme Ltd" },
            OtherEntityNames: {
              OtherEntityName: [
                { "@type": "TRADING_OR_OPERATING_NAME", $: "Acme Trading" },
                { "@type": "PREVIOUS_LEGAL_NAME", $: "Acme Old Ltd" },
              ],
            },
            LegalJurisdiction: { $: "US-DE" },
          },
        },
      ],
    };
    const { rows, report } = await runGleif([memoryFile("gleif.json", JSON.stringify(file))]);
    expect(report.errors).toEqual([]);
    expect(rows.entities[0]?.properties).toMatchObject({
      name: "Acme Ltd",
      aliases: ["Acme Trading"],
      formerNames: ["Acme Old Ltd"],
      jurisdiction: "US",
      identifiers: [`LEI:${LEI_A}`],
    });
  });
});
