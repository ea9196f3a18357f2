// Bad BODS input: every problem is reported with its file, its place (item or line, and the
// statement id) and what to do, and the import goes on to find the rest; nothing is thrown.
import { describe, expect, it } from "vitest";
import { problemLine, type ImportProblem } from "../../domain/ingest";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { collectFormatRows, textFile } from "../support/collect-format-rows";

function entity(recordId: string, name: string): Record<string, unknown> {
  return {
    statementId: `s-${recordId}`,
    statementDate: "2020-01-01",
    recordId,
    recordType: "entity",
    recordStatus: "new",
    recordDetails: { isComponent: false, entityType: { type: "registeredEntity" }, name },
  };
}

function owns(statementId: string, share: unknown, startDate = "2020-01-01") {
  return {
    statementId,
    statementDate: "2020-01-01",
    recordId: `rel-${statementId}`,
    recordType: "relationship",
    recordStatus: "new",
    recordDetails: {
      isComponent: false,
      subject: "b",
      interestedParty: "a",
      interests: [{ type: "shareholding", directOrIndirect: "direct", share, startDate }],
    },
  };
}

async function problemsOf(text: string, name = "bad.json"): Promise<ImportProblem[]> {
  const { report } = await collectFormatRows(bodsFormat, [textFile(name, text)]);
  expect(report.errorCount).toBe(report.errors.length);
  return report.errors;
}

const PAIR = [entity("a", "Owner Ltd"), entity("b", "Owned Ltd")];

describe("bad BODS input", () => {
  it('rejects a share of 150 and a share of "51%", naming each statement', async () => {
    const errors = await problemsOf(
      JSON.stringify([...PAIR, owns("too-much", { exact: 150 }), owns("text", { exact: "51%" })]),
    );
    expect(errors.map((error) => [error.code, error.at])).toEqual([
      ["bad-value", "item 3, statement too-much"],
      ["bad-value", "item 4, statement text"],
    ]);
    expect(errors[1]?.message).toContain('"51%"');
    expect(errors[1]?.message).toContain("write 51");
  });

  it("rejects a negative share, and an exact share outside its own range", async () => {
    const errors = await problemsOf(
      JSON.stringify([
        ...PAIR,
        owns("negative", { minimum: -5, maximum: 10 }),
        owns("outside", { exact: 60, minimum: 25, maximum: 50 }),
      ]),
    );
    expect(errors.map((error) => [error.code, error.at]).sort()).toEqual([
      ["bad-value", "item 3, statement negative"],
      ["share-inconsistent", "item 4, statement outside"],
    ]);
  });

  it("rejects a date that does not exist (2019-02-30)", async () => {
    const errors = await problemsOf(
      JSON.stringify([...PAIR, owns("feb", { exact: 10 }, "2019-02-30")]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "bad-value", at: "item 3, statement feb" });
    expect(errors[0]?.message).toContain("startDate");
  });

  it("rejects a statement id used twice, and maps the first one only", async () => {
    const first = owns("same", { exact: 10 });
    const second = { ...owns("same", { exact: 20 }), recordId: "other" };
    const { report, rows } = await collectFormatRows(bodsFormat, [
      textFile("dup.json", JSON.stringify([...PAIR, first, second])),
    ]);
    expect(report.errors.map(problemLine)).toEqual([
      "dup.json, item 4, statement same: The statement id same is used by an earlier statement too. " +
        "Give each statement its own id (a changed record gets a new statement with the same recordId), or remove the repeated statement.",
    ]);
    expect(rows.relationships.map((row) => row.properties["shareExact"])).toEqual([10]);
  });

  it("reports a truncated file, and still maps what came before the cut", async () => {
    const whole = JSON.stringify([...PAIR, owns("r", { exact: 10 })], null, 1);
    const { report, rows } = await collectFormatRows(bodsFormat, [
      textFile("cut.json", whole.slice(0, whole.length - 40)),
    ]);
    expect(report.errors.map((error) => error.code)).toContain("unreadable-json");
    expect(report.errors[0]?.file).toBe("cut.json");
    expect(rows.entities.map((row) => row.properties["name"])).toEqual(["Owner Ltd", "Owned Ltd"]);
  });

  it("reports a truncated JSON Lines file by its line", async () => {
    const lines = [...PAIR, owns("r", { exact: 10 })].map((item) => JSON.stringify(item));
    const last = lines.pop() ?? "";
    const errors = await problemsOf([...lines, last.slice(0, 30)].join("\n"), "cut.jsonl");
    expect(errors[0]).toMatchObject({ code: "unreadable-json", file: "cut.jsonl", at: "line 3" });
  });

  it("reports an empty file", async () => {
    for (const text of ["", "  \n "]) {
      const errors = await problemsOf(text, "empty.json");
      expect(errors).toEqual([
        expect.objectContaining({
          code: "unreadable-json",
          message: expect.stringContaining("empty"),
        }),
      ]);
    }
  });

  it("reports the wrong format: CSV, and FollowTheMoney entities", async () => {
    const csv = await problemsOf("id,name\n1,Acme\n", "table.csv");
    expect(csv[0]?.message).toContain("not JSON");
    const ftm = '{"id":"x","schema":"Company","properties":{"name":["Acme"]}}\n';
    expect(bodsFormat.detect({ name: "x.ftm.json", head: ftm })).toBe(false);
    const errors = await problemsOf(ftm, "x.ftm.json");
    expect(errors).toEqual([
      expect.objectContaining({ code: "not-a-bods-statement", at: "line 1" }),
    ]);
    expect(errors[0]?.fix).toContain("BODS");
  });

  it("reports a relationship naming a record the files lack", async () => {
    const errors = await problemsOf(
      JSON.stringify([entity("b", "Owned Ltd"), owns("r", { exact: 10 })]),
    );
    expect(errors.map((error) => error.code)).toEqual(["dangling-reference"]);
    expect(errors[0]?.message).toContain('"test:a"');
  });

  it("accepts references that point forward, a byte-order mark, and UTF-16", async () => {
    const forward = JSON.stringify([owns("r", { exact: 10 }), ...PAIR]);
    expect(await problemsOf(`\uFEFF${forward}`)).toEqual([]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(forward, "utf16le"))]);
    const file = {
      name: "utf16.json",
      size: utf16.length,
      open: async function* () {
        yield utf16;
      },
    };
    const { report, rows } = await collectFormatRows(bodsFormat, [file]);
    expect(report.errorCount).toBe(0);
    expect(rows.relationships).toHaveLength(1);
  });

  it("keeps HTML and script in names as plain text", async () => {
    const name = '<script>alert("x")</script><b>Owned</b> Ltd';
    const { rows, report } = await collectFormatRows(bodsFormat, [
      textFile(
        "html.json",
        JSON.stringify([entity("a", "Owner"), entity("b", name), owns("r", {})]),
      ),
    ]);
    expect(report.errorCount).toBe(0);
    expect(rows.entities[1]?.properties["name"]).toBe(name);
    expect(rows.entities[1]?.properties["caption"]).toBe(name);
  });
});
