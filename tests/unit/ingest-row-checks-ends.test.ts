// The row checks hold a relationship's ends to the types the model registry allows at each end
// (domain/model/relationship-types.ts `from` / `to`): an OWNS from a Contract is an error that
// names the row, the type found and the types allowed.
import { describe, expect, it } from "vitest";
import {
  ImportProblems,
  RowLedger,
  emptyRows,
  entityRow,
  type ModelRows,
  type RelationshipRow,
} from "../../domain/ingest";

const origin = { file: "links.csv", at: "line 7" };

function owns(id: string, from: string, to: string): RelationshipRow {
  return {
    id,
    type: "OWNS",
    from,
    to,
    properties: {
      id,
      interestType: "shareholding",
      directOrIndirect: "direct",
      shareExact: 40,
      sourceIds: ["t:register"],
      quotes: ["a register entry"],
      quoteKinds: ["summary"],
      firmness: "reported",
    },
    origin,
  };
}

function checked(...batches: ModelRows[]) {
  const problems = new ImportProblems();
  const ledger = new RowLedger(problems);
  for (const batch of batches) ledger.check(batch);
  ledger.finish();
  return problems.report();
}

const register = {
  id: "t:register",
  properties: { id: "t:register", caption: "Register", kind: "registerStatement" },
};

describe("relationship ends against the registry", () => {
  it("reports an OWNS that starts at a Contract, with the row, the type and the allowed types", () => {
    const rows = emptyRows();
    rows.sources.push(register);
    rows.entities.push(
      entityRow("t:deal", "Contract", { name: "A deal" }, "deal"),
      entityRow("t:co", "Company", { name: "Co Ltd" }, "co"),
    );
    rows.relationships.push(owns("t:deal-owns-co", "t:deal", "t:co"));
    const report = checked(rows);
    expect(report.errors).toEqual([
      expect.objectContaining({
        code: "wrong-end-type",
        file: "links.csv",
        at: "line 7",
        message: expect.stringMatching(
          /t:deal-owns-co \(OWNS\) starts at "t:deal", a Contract; .*Company, PublicBody, Person/,
        ) as unknown,
      }),
    ]);
  });

  it("checks an end defined only in a later batch when the rows are finished", () => {
    const first = emptyRows();
    first.sources.push(register);
    first.entities.push(entityRow("t:co", "Company", { name: "Co Ltd" }, "co"));
    first.relationships.push(owns("t:co-owns-place", "t:co", "t:place"));
    const later = emptyRows();
    later.entities.push(entityRow("t:place", "Place", { name: "A checkpoint" }, "place"));
    const report = checked(first, later);
    expect(report.errors.map((error) => error.code)).toEqual(["wrong-end-type"]);
    expect(report.errors[0]?.message).toMatch(/ends at "t:place", a Place; .*only Company/);
  });

  it("accepts ends of the allowed types", () => {
    const rows = emptyRows();
    rows.sources.push(register);
    rows.entities.push(
      entityRow("t:state", "PublicBody", { name: "The state" }, "state"),
      entityRow("t:co", "Company", { name: "Co Ltd" }, "co"),
    );
    rows.relationships.push(owns("t:state-owns-co", "t:state", "t:co"));
    expect(checked(rows).errorCount).toBe(0);
  });

  it("refuses a SAME_AS an import states: joins are made from shared identifiers", () => {
    const rows = emptyRows();
    rows.entities.push(
      entityRow("t:a", "Company", { name: "A Ltd" }, "a"),
      entityRow("t:b", "Company", { name: "A Limited" }, "b"),
    );
    rows.relationships.push({
      id: "t:a-is-b",
      type: "SAME_AS",
      from: "t:a",
      to: "t:b",
      properties: { id: "t:a-is-b", joinedOn: ["name"] },
      origin,
    });
    const report = checked(rows);
    expect(report.errors.map((error) => error.code)).toEqual(["joins-are-derived"]);
    expect(report.errors[0]?.fix).toMatch(/identifiers/);
  });
});
