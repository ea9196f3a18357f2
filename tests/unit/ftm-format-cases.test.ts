// The FollowTheMoney import on small hand-written inputs: bad input answered with problems that
// say where and what to do (never a throw), links in any order and across files, identifiers,
// and the interval schemata the registry maps besides Ownership.
import { describe, expect, it } from "vitest";
import { ftmFormat } from "../../server/ingest/formats/ftm-format";
import { DATASET, errorCodes, runFormat, textFile, warningCounts } from "./ftm-import-run";

type Props = Record<string, string[]>;
const line = (id: string, schema: string, properties: Props): string =>
  JSON.stringify({ id, schema, properties });
const id = (local: string): string => `${DATASET}:${local}`;

const acme = line("acme", "Company", { name: ["ACME Ltd"], jurisdiction: ["gb"] });
const jane = line("jane", "Person", { name: ["Jane Roe"] });
const owns = (extra: Props = {}): string =>
  line("own-1", "Ownership", { owner: ["jane"], asset: ["acme"], ...extra });

async function run(...lines: string[]) {
  return runFormat(ftmFormat, [textFile("input.ftm.json", lines.join("\n") + "\n")]);
}

describe("FtM bad input", () => {
  it("an empty file is an error, not an empty dataset", async () => {
    const result = await runFormat(ftmFormat, [textFile("empty.json", "")]);
    expect(errorCodes(result)).toEqual(["empty-file"]);
    expect(result.report.errors[0]?.fix).toMatch(/one entity per line/);
  });

  it("a file cut short reports its broken last line and keeps reading the rest", async () => {
    const text = [acme, jane, owns().slice(0, 40)].join("\n");
    const result = await runFormat(ftmFormat, [textFile("cut.json", text)]);
    expect(errorCodes(result)).toEqual(["bad-json"]);
    expect(result.report.errors[0]).toMatchObject({ file: "cut.json", at: "line 3" });
    expect(result.rows.entities.map((e) => e.id)).toEqual([id("acme"), id("jane")]);
  });

  it("a file of another format is one clear error, not one per line", async () => {
    const bods = JSON.stringify([{ statementId: "1", recordType: "entity" }], null, 2);
    const result = await runFormat(ftmFormat, [textFile("bods.json", bods)]);
    expect(errorCodes(result)).toEqual(["not-ftm"]);
    expect(result.report.errors[0]?.message).toMatch(/does not look like FollowTheMoney/);
  });

  it("a line that is JSON but no entity says what it lacks", async () => {
    const result = await run(acme, JSON.stringify({ id: "x", properties: {} }));
    expect(errorCodes(result)).toEqual(["not-an-entity"]);
    expect(result.report.errors[0]?.message).toMatch(/has no "schema"/);
  });

  it("rejects impossible dates", async () => {
    const result = await run(acme, jane, owns({ startDate: ["2019-02-30"] }));
    expect(errorCodes(result)).toEqual(["bad-date"]);
    expect(result.report.errors[0]).toMatchObject({ at: "line 3" });
    expect(result.report.errors[0]?.message).toContain('"2019-02-30"');
  });

  it.each([["51%"], ["150"], ["-5"], ["half"]])("rejects the percentage %s", async (value) => {
    const result = await run(acme, jane, owns({ percentage: [value] }));
    expect(errorCodes(result)).toEqual(["bad-share"]);
    expect(result.rows.relationships[0]?.properties["shareExact"]).toBeUndefined();
  });

  it("reads a percentage string as a number", async () => {
    const result = await run(acme, jane, owns({ percentage: ["12.5"], sharesCount: ["10"] }));
    expect(result.report.errors).toEqual([]);
    expect(result.rows.relationships[0]?.properties).toMatchObject({
      shareExact: 12.5,
      sharesCount: 10,
    });
  });

  it("reports a duplicate id once, naming both places, and keeps the first", async () => {
    const again = line("acme", "Company", { name: ["ACME again"] });
    const result = await run(acme, again);
    expect(errorCodes(result)).toEqual(["duplicate-id"]);
    expect(result.report.errors[0]?.message).toContain("first at input.ftm.json, line 1");
    expect(result.rows.entities.map((e) => e.properties["name"])).toEqual(["ACME Ltd"]);
  });

  it("keeps HTML and script in names as plain text", async () => {
    const name = '<script>alert("x")</script> <b>Bold & Co</b>';
    const result = await run(line("html", "Company", { name: [name] }));
    expect(result.report.errors).toEqual([]);
    expect(result.rows.entities[0]?.properties).toMatchObject({ name, caption: name });
  });

  it("a link to an entity the files do not hold is an error naming it", async () => {
    const result = await run(acme, owns());
    expect(errorCodes(result)).toEqual(["dangling-reference"]);
    expect(result.report.errors[0]?.message).toContain('"jane"');
  });

  it("a country code the model cannot hold is a warning, the value left out", async () => {
    const result = await run(line("su", "Company", { name: ["Soyuz"], jurisdiction: ["suhh"] }));
    expect(result.report.errors).toEqual([]);
    expect(warningCounts(result)).toEqual({ "unknown-country": 1 });
    expect(result.rows.entities[0]?.properties["jurisdiction"]).toBeUndefined();
  });
});

describe("FtM links", () => {
  it("resolves an Ownership that comes before its ends, and ends in another file", async () => {
    const result = await runFormat(ftmFormat, [
      textFile("links.json", owns({ percentage: ["100"] }) + "\n"),
      textFile("parties.json", [acme, jane].join("\n")),
    ]);
    expect(result.report.errors).toEqual([]);
    expect(result.rows.relationships[0]).toMatchObject({ from: id("jane"), to: id("acme") });
  });

  it("leaves out, with a warning, links to schemata the model skips or ends of the wrong type", async () => {
    const vessel = line("ship", "Vessel", { name: ["MV Example"] });
    const toShip = line("own-2", "Ownership", { owner: ["acme"], asset: ["ship"] });
    // A company may direct another (a corporate director); nobody is the director of a person.
    const ofPerson = line("dir-1", "Directorship", { director: ["acme"], organization: ["jane"] });
    const noOwner = line("own-3", "Ownership", { asset: ["acme"] });
    const result = await run(acme, jane, vessel, toShip, ofPerson, noOwner);
    expect(result.report.errors).toEqual([]);
    expect(result.rows.relationships).toEqual([]);
    expect(warningCounts(result)).toMatchObject({
      "unmapped-end": 1,
      "endpoint-not-mapped": 1,
      "missing-end": 1,
      "unmapped-schema": 1,
    });
  });

  it("maps Directorship, UnknownLink, Sanction, Contract and ContractAward through the registry", async () => {
    const body = line("ministry", "PublicBody", { name: ["Ministry of Works"] });
    const contract = line("c-1", "Contract", { name: ["Road works"], authority: ["ministry"] });
    const result = await run(
      acme,
      jane,
      body,
      contract,
      line("dir", "Directorship", {
        director: ["jane"],
        organization: ["acme"],
        role: ["CEO", "Chair"],
      }),
      line("dir-2", "Directorship", { director: ["jane"], organization: ["ministry"] }),
      line("link", "UnknownLink", { subject: ["jane"], object: ["acme"], role: ["beneficiary"] }),
      line("san", "Sanction", {
        entity: ["acme"],
        authority: ["OFAC"],
        program: ["SDN"],
        startDate: ["2020-01-02T00:00:00"],
      }),
      line("san-2", "Sanction", { entity: ["jane"], authority: ["OFAC"] }),
      line("award", "ContractAward", { supplier: ["acme"], contract: ["c-1"] }),
    );
    expect(result.report.errors).toEqual([]);
    const byId = new Map(result.rows.relationships.map((r) => [r.id, r]));
    expect(byId.get(id("dir"))).toMatchObject({
      type: "OFFICER_OF",
      properties: { role: "CEO; Chair" },
    });
    expect(byId.get(id("dir-2"))?.properties["role"]).toBe("directorship");
    expect(byId.get(id("link"))).toMatchObject({
      type: "CONTROLS",
      properties: { controlType: "otherInfluenceOrControl", firmness: "uncertain" },
    });
    expect(byId.get(id("san"))).toMatchObject({
      type: "LISTS",
      from: id("authority:ofac"),
      properties: { startDate: "2020-01-02", listName: "SDN" },
    });
    expect(byId.get(id("award"))).toMatchObject({
      type: "SUPPLIES",
      from: id("acme"),
      to: id("c-1"),
    });
    expect(byId.get(id("c-1/AWARDED"))).toMatchObject({
      type: "AWARDED",
      from: id("ministry"),
      to: id("c-1"),
    });
    // A Sanction with no programme and no datasets names no list, which LISTS requires.
    expect(byId.has(id("san-2"))).toBe(false);
    expect(warningCounts(result)).toEqual({ "missing-required": 1 });
  });
});

describe("FtM identifiers", () => {
  it("writes each scheme once as SCHEME:value, national numbers with the jurisdiction", async () => {
    const result = await run(
      line("x", "Company", {
        name: ["X"],
        jurisdiction: ["de"],
        leiCode: ["529900T8BM49AURSDO55"],
        wikidataId: ["Q42"],
        registrationNumber: ["HRB 1"],
      }),
      line("y", "Organization", { name: ["Y"], registrationNumber: ["7"] }),
    );
    const [x, y] = result.rows.entities;
    expect(x?.properties["identifiers"]).toEqual([
      "LEI:529900T8BM49AURSDO55",
      "QID:Q42",
      "DE-REG:HRB 1",
    ]);
    expect(y?.properties["identifiers"]).toEqual(["REG:7"]);
    expect(y?.type).toBe("Company");
  });
});
