// What the BODS import format makes of the real samples (tests/fixtures/bods/ATTRIBUTION.md):
// shares exact and as ranges with their bounds, parties without an identity kept, a record's
// statements kept as its history, sources, identifiers and annotations.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ModelRows, RowProperties } from "../../domain/ingest";
import { statedShareText } from "../../domain/model";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { localImportFile } from "../../server/ingest/read/local-file";
import { collectFormatRows, type CollectedRows } from "../support/collect-format-rows";

async function mapped(name: string): Promise<CollectedRows> {
  const file = await localImportFile(
    fileURLToPath(new URL(`../fixtures/bods/${name}`, import.meta.url)),
  );
  const result = await collectFormatRows(bodsFormat, [file], "d");
  expect(result.report.errorCount).toBe(0);
  return result;
}

function relationship(rows: ModelRows, id: string): RowProperties {
  const found = rows.relationships.find((row) => row.id === id);
  expect(found, id).toBeDefined();
  return found?.properties ?? {};
}

function source(rows: ModelRows, statementId: string): RowProperties {
  const found = rows.sources.find((row) => row.id === `d:statement:${statementId}`);
  expect(found, statementId).toBeDefined();
  return found?.properties ?? {};
}

describe("BODS shares", () => {
  it("keeps an exact share, and a range with an exclusive upper bound", async () => {
    const { rows } = await mapped("0.4/bods-package-entity-owning-entity.json");
    const [link] = rows.relationships;
    expect(link?.type).toBe("OWNS");
    expect(link?.properties).toMatchObject({
      interestType: "shareholding",
      shareMin: 75,
      shareMinBound: "inclusive",
      shareMax: 100,
      shareMaxBound: "exclusive",
      directOrIndirect: "direct",
    });
    expect(statedShareText(link?.properties ?? {})).toBe("at least 75%");
  });

  it("reads 0.4's exclusiveMinimum/exclusiveMaximum as the bounds themselves", async () => {
    const { rows } = await mapped("0.4/bods-package-linking-annotations.json");
    expect(rows.relationships[0]?.properties).toMatchObject({
      shareMin: 25,
      shareMinBound: "exclusive",
      shareMax: 50,
      shareMaxBound: "exclusive",
    });
  });

  it("reads the register's 75–100 range with its true/false bounds", async () => {
    const { rows } = await mapped("oo-register/real.json");
    expect(relationship(rows, "d:openownership-register-7999312513141141486")).toMatchObject({
      shareMin: 75,
      shareMinBound: "inclusive",
      shareMax: 100,
      shareMaxBound: "inclusive",
      description: "ownership-of-shares-75-to-100-percent",
      startDate: "2017-01-01",
    });
  });

  it("scopes componentIds so the summary names the dataset's own links", async () => {
    const { rows } = await mapped("0.4/bods-package-fi-soe.json");
    expect(relationship(rows, "d:e8ddaee2a7a4")).toMatchObject({
      directOrIndirect: "indirect",
      shareExact: 100,
    });
    // In the order componentRecords lists them.
    expect(relationship(rows, "d:e8ddaee2a7a4")["componentIds"]).toEqual([
      "d:87ed6d1daf8f",
      "d:e34164e75ac3",
      "d:10643ee6d6fa",
      "d:324d0f570675",
    ]);
  });
});

describe("BODS parties without an identity", () => {
  it("keeps a 0.4 interested party given as {reason, description} as an unknown party", async () => {
    const { rows } = await mapped("0.4/listed-company-exempt-from-disclosure.json");
    const unknown = rows.entities.find((row) => row.id === "d:fa402c4818f9#interested-party");
    expect(unknown?.type).toBe("Person");
    expect(unknown?.properties["caption"]).toBe(
      "Unknown person or entity (reason: subjectExemptFromDisclosure: Exempt from disclosure as a company listed on a recognised stock exchange)",
    );
    expect(rows.relationships[0]).toMatchObject({
      from: "d:fa402c4818f9#interested-party",
      to: "d:4c7ea3bfbe6c",
      properties: { interestType: "unknownInterest", directOrIndirect: "unknown" },
    });
  });

  it("keeps a 0.3 unspecified interested party and the register's unknown persons", async () => {
    const update = await mapped("0.3/2-single-update.json");
    const party = update.rows.entities.find((row) => row.id.endsWith("#interested-party"));
    expect(party?.properties["caption"]).toMatch(
      /^Unknown person or entity \(reason: interestedPartyHasNotProvidedInformation: /,
    );
    const register = await mapped("oo-register/real.json");
    const unknown = register.rows.entities.filter((row) => row.id.endsWith("#interested-party"));
    expect(unknown.map((row) => row.properties["caption"])).toEqual([
      "Unknown person or entity (reason: unknown: Unknown person(s))",
    ]);
  });

  it("keeps an anonymous person with the reason given", async () => {
    const { rows } = await mapped("0.4/levent.json");
    const anonymous = rows.entities.find((row) => row.id === "d:81337a6e");
    expect(anonymous?.properties["caption"]).toBe(
      "Anonymous person (reason: interestedPartyExemptFromDisclosure: beneficiary is underage and therefore exempt from reporting)",
    );
    expect(rows.relationships.find((row) => row.from === "d:81337a6e")?.properties).toMatchObject({
      interestType: "beneficiaryOfLegalArrangement",
    });
    expect(rows.relationships.map((row) => row.properties["controlType"]).sort()).toEqual([
      "settlor",
      "trustee",
      "trustee",
      undefined,
    ]);
  });
});

describe("BODS history (recordStatus new → updated → closed)", () => {
  const period = (properties: RowProperties) => [
    properties["startDate"],
    properties["endDate"],
    properties["asOfDate"],
    properties["recordStatus"],
    properties["shareExact"],
  ];

  it("makes each statement of a record a version, and a closing statement ends the one it restates", async () => {
    const { rows } = await mapped("0.4/fermcat.json");
    const [first, second, closing] = [
      "39a49605ec98e00f5b16a71c21164994",
      "9d167324c416bbfd37fe5c1a1b2afa95",
      "7dbb9779b0f3f90be7b5d034d59e31f3",
    ];
    // The first statement: from the interest's start until the day before the next statement.
    expect(period(relationship(rows, `d:rel-b05e7c91e0a04e4f@${String(first)}`))).toEqual([
      "2019-09-11",
      "2020-09-10",
      "2019-09-11",
      "new",
      50,
    ]);
    // The update restates the start, so it holds from its own date; the closing statement
    // restates it too and closes it with the interest's end date, under the record's own id.
    expect(rows.relationships.some((row) => row.id.endsWith(`@${String(second)}`))).toBe(false);
    const share = relationship(rows, "d:rel-b05e7c91e0a04e4f");
    expect(period(share)).toEqual(["2020-09-11", "2021-04-03", "2020-09-11", "closed", 50]);
    expect(share["sourceIds"]).toEqual([second, closing].map((id) => `d:statement:${String(id)}`));
    expect(relationship(rows, "d:rel-b05e7c91e0a04e4f#2")).toMatchObject({
      role: "boardMember",
      endDate: "2021-04-03",
      recordStatus: "closed",
    });
    expect(
      [first, second, closing].map((id) => [
        source(rows, String(id))["date"],
        source(rows, String(id))["recordStatus"],
      ]),
    ).toEqual([
      ["2019-09-11", "new"],
      ["2020-09-11", "updated"],
      ["2021-09-11", "closed"],
    ]);
    // The closed person stays, marked closed, cited by each of its three statements.
    const person = rows.entities.find((row) => row.id === "d:per-5faa4103dee78621");
    expect(person?.properties).toMatchObject({ name: "Riyadh Byrne-Amin", recordStatus: "closed" });
    const citations = rows.citations.filter((row) => row.entityId === "d:per-5faa4103dee78621");
    expect(citations).toHaveLength(3);
    expect(citations.filter((row) => row.properties["properties"] !== undefined)).toHaveLength(1);
  });

  it("follows tecido's records through four statements, each share in its own period", async () => {
    const { rows } = await mapped("0.4/tecido.json");
    const shareholding = rows.relationships
      .filter(
        (row) => row.from === "d:018AF6B3EB" && row.properties["interestType"] === "shareholding",
      )
      .map((row) => [row.id, ...period(row.properties)]);
    expect(shareholding).toEqual([
      [
        "d:022EBEB66B@crxpru407636437638495407739553674232",
        "2002-03-09",
        "2021-09-23",
        "2019-01-20",
        "new",
        100,
      ],
      [
        "d:022EBEB66B@crxpru416813764819088416860635744423",
        "2021-09-24",
        "2022-09-20",
        "2021-09-25",
        "updated",
        40,
      ],
      // The closing statement restates the 2022-09-25 one and carries its version.
      ["d:022EBEB66B#2", "2022-09-21", undefined, "2022-09-25", "closed", 30],
    ]);
    expect(relationship(rows, "d:022EBEB66B#2")["sourceIds"]).toHaveLength(2);
    expect(period(relationship(rows, "d:02089A4E68"))).toEqual([
      "2023-03-01",
      undefined,
      "2023-03-03",
      "updated",
      80,
    ]);
    // What the first statement said (100 %) stays in that statement's source.
    expect(source(rows, "crxpru407636437638495407739553674232")["note"]).toContain(
      "interest shareholding, 100%",
    );
  });
});

describe("BODS sources, identifiers and annotations", () => {
  it("turns BODS source into the statement's Source, located by the statement id", async () => {
    const { rows } = await mapped("oo-register/real.json");
    expect(source(rows, "openownership-register-7999312513141141486")).toMatchObject({
      kind: "registerStatement",
      locator: "openownership-register-7999312513141141486",
      sourceTypes: ["officialRegister"],
      title: "GB Persons Of Significant Control Register",
      url: "http://download.companieshouse.gov.uk/en_pscdata.html",
      retrievedAt: "2019-07-08",
      date: "2017-01-01",
    });
  });

  it("writes identifiers as SCHEME:id, each once, as the register gives them", async () => {
    const { rows } = await mapped("oo-register/real.json");
    const aimia = rows.entities.find(
      (row) => row.id === "d:openownership-register-6986942533025490740",
    );
    expect(aimia?.properties["identifiers"]).toEqual([
      "GB-COH:06436883",
      "OpenCorporates:https://opencorporates.com/companies/gb/06436883",
      "GB-COH:6436883",
      "OpenOwnership Register:https://register.openownership.org/entities/59b9cb8967e4ebf340c53b5d",
    ]);
    const chrinon = (await mapped("0.3/1-single-direct.json")).rows.entities[0];
    expect(chrinon?.properties["identifiers"]).toEqual(["GB-COH:07444723"]);
  });

  it("keeps annotations, the asserting party and the publisher on the statement's Source", async () => {
    const { rows, metadata } = await mapped("0.4/bods-package-annotations.json");
    expect(source(rows, "ac11f4c3-3dc5-499b-acc5-599632187ebd")).toMatchObject({
      publisher: "MONSOON HOLDINGS (NO.1) LIMITED",
      assertedBy: ["MONSOON HOLDINGS (NO.1) LIMITED"],
      annotations: [
        "identifying: Company number missing from beneficial ownership statement. Manually reconciled against official register. (by Jack Lord, at /interestedParty)",
      ],
    });
    expect(metadata.publisher).toBe("MONSOON HOLDINGS (NO.1) LIMITED");
  });

  it("describes the dataset by its publication details", async () => {
    const { metadata } = await mapped("0.4/fermcat.json");
    expect(metadata).toEqual({
      publisher: "Irish Business Authority",
      licence: "http://opendefinition.org/licenses/cc-zero",
    });
  });
});
