// The FollowTheMoney import over real OpenSanctions / nomenklatura exports (see
// tests/fixtures/ftm/ATTRIBUTION.md): every count, share and identifier is checked against the
// file itself, read here independently of the importer.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localImportFile } from "../../server/ingest/read/local-file";
import { sampleOf } from "../../server/ingest/read/text-stream";
import { ftmFormat } from "../../server/ingest/formats/ftm-format";
import { detectImportFormat } from "../../server/ingest/import-formats";
import { DATASET, countBy, runFormat, type FormatRun } from "./ftm-import-run";

interface Line {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  first_seen?: string;
  last_seen?: string;
}

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/ftm/${name}`, import.meta.url));

function linesOf(name: string): Line[] {
  return readFileSync(fixture(name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Line);
}

async function importFixture(name: string): Promise<FormatRun> {
  return runFormat(ftmFormat, [await localImportFile(fixture(name))]);
}

const id = (local: string): string => `${DATASET}:${local}`;

describe("FtM import of zala-entities.ftm.json (OpenSanctions, 91 entities)", async () => {
  const lines = linesOf("zala-entities.ftm.json");
  const schemata = countBy(lines, (line) => line.schema);
  const run = await importFixture("zala-entities.ftm.json");
  const entityTypes = countBy(run.rows.entities, (row) => row.type);
  const linkTypes = countBy(run.rows.relationships, (row) => row.type);
  const authorities = new Set(
    lines.filter((l) => l.schema === "Sanction").flatMap((l) => l.properties["authority"] ?? []),
  );

  it("passes the model's checks with no error", () => {
    expect(run.report.errors).toEqual([]);
  });

  it("gives every row its id among its properties too (the writer replaces a node's properties)", () => {
    const { sources, entities, relationships, citations } = run.rows;
    for (const row of [...sources, ...entities, ...relationships, ...citations]) {
      expect(row.properties["id"]).toBe(row.id);
    }
  });

  it("maps each schema to the registry's type, one row per entity of the file", () => {
    expect(schemata).toMatchObject({ Company: 11, Person: 6, Address: 11, Ownership: 14 });
    expect(entityTypes).toEqual({
      Company: schemata["Company"],
      Person: schemata["Person"],
      Place: schemata["Address"],
      PublicBody: authorities.size,
    });
    const sanctionLinks = lines
      .filter((l) => l.schema === "Sanction")
      .reduce((sum, l) => sum + (l.properties["authority"] ?? []).length, 0);
    expect(linkTypes).toEqual({
      OWNS: schemata["Ownership"],
      OFFICER_OF: schemata["Directorship"],
      LISTS: sanctionLinks,
    });
  });

  it("keeps every Ownership's percentage and share count as numbers", () => {
    for (const line of lines.filter((l) => l.schema === "Ownership")) {
      const row = run.rows.relationships.find((r) => r.id === id(line.id));
      expect(row?.from).toBe(id(line.properties["owner"]?.[0] ?? ""));
      expect(row?.to).toBe(id(line.properties["asset"]?.[0] ?? ""));
      const percentage = line.properties["percentage"]?.[0];
      expect(row?.properties["shareExact"]).toBe(
        percentage === undefined ? undefined : Number(percentage),
      );
      const shares = line.properties["sharesCount"]?.[0];
      expect(row?.properties["sharesCount"]).toBe(
        shares === undefined ? undefined : Number(shares),
      );
    }
  });

  it("reads Zakharov's 51 % of LLC CST (Zala Aero) with its dates and source", () => {
    const owns = run.rows.relationships.find(
      (r) => r.id === id("ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7"),
    );
    expect(owns).toMatchObject({
      type: "OWNS",
      from: id("NK-aU5ybkbRFJucf8YMwsJvDw"),
      to: id("NK-abdzbEBkqyT29GyREbiURZ"),
      properties: {
        shareExact: 51,
        sharesCount: 6624.16,
        startDate: "2015-11-25",
        interestType: "shareholding",
        directOrIndirect: "unknown",
        firmness: "reported",
        quoteKinds: ["summary"],
      },
    });
    expect(owns?.properties["endDate"]).toBeUndefined();
    const [sourceId] = owns?.properties["sourceIds"] as string[];
    const source = run.rows.sources.find((s) => s.id === sourceId);
    expect(source?.properties).toMatchObject({
      kind: "datasetRecord",
      locator: "ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7",
      publishedIn: ["ext_ru_egrul"],
      firstSeen: "2025-12-30T14:29:03",
      lastSeen: "2026-04-23T23:36:27",
    });
  });

  it("keeps an Ownership with only a role, without inventing a share", () => {
    const owns = run.rows.relationships.find((r) => r.id === id("NK-3NyeuT6JeJDLhGEyH3JD52"));
    expect(owns?.properties).toMatchObject({ interestType: "unknownInterest" });
    expect(owns?.properties["shareExact"]).toBeUndefined();
    expect(owns?.properties["quotes"]).toEqual([
      'FtM Ownership NK-3NyeuT6JeJDLhGEyH3JD52, role "subsidiary of"',
    ]);
  });

  it("writes identifiers as SCHEME:value and names as name + aliases", () => {
    const cst = run.rows.entities.find((e) => e.id === id("NK-abdzbEBkqyT29GyREbiURZ"));
    const line = lines.find((l) => l.id === "NK-abdzbEBkqyT29GyREbiURZ");
    const identifiers = cst?.properties["identifiers"] as string[];
    for (const inn of line?.properties["innCode"] ?? [])
      expect(identifiers).toContain(`RU-INN:${inn}`);
    for (const ogrn of line?.properties["ogrnCode"] ?? [])
      expect(identifiers).toContain(`RU-OGRN:${ogrn}`);
    for (const reg of line?.properties["registrationNumber"] ?? [])
      expect(identifiers).toContain(`RU-REG:${reg}`);
    expect(identifiers).toContain("PERMID:5062453043");
    expect(cst?.properties).toMatchObject({
      name: "LLC CST",
      caption: "LLC CST",
      jurisdiction: "RU",
    });
    const given = ["name", "alias", "weakAlias", "abbreviation"].flatMap(
      (key) => line?.properties[key] ?? [],
    );
    const kept = ["name", "shortName", "aliases"].flatMap((key) => cst?.properties[key] ?? []);
    expect(new Set(kept)).toEqual(new Set(given));
  });

  it("lists each Sanction from its authority, named once per dataset", () => {
    const ofac = run.rows.relationships.filter(
      (r) => r.from === id("authority:office-of-foreign-assets-control"),
    );
    expect(ofac.map((r) => r.properties["listName"])).toEqual([
      "RUSSIA-EO14024",
      "RUSSIA-EO14024",
      "RUSSIA-EO14024",
    ]);
    const body = run.rows.entities.find(
      (e) => e.id === id("authority:office-of-foreign-assets-control"),
    );
    expect(body).toMatchObject({
      type: "PublicBody",
      properties: { name: "Office of Foreign Assets Control" },
    });
    const ua = run.rows.relationships.find((r) => r.properties["listName"] === "364/2023");
    expect(ua?.properties).toMatchObject({ startDate: "2023-07-01", endDate: "2033-07-01" });
  });

  it("cites each entity's properties by its record", () => {
    const zakharov = run.rows.citations.find((c) => c.entityId === id("NK-aU5ybkbRFJucf8YMwsJvDw"));
    const source = run.rows.sources.find((s) => s.id === zakharov?.sourceId);
    expect(zakharov?.properties["properties"]).toEqual(
      expect.arrayContaining(["name", "aliases", "identifiers"]),
    );
    expect(source?.properties["url"]).toBe(
      "https://gels-avoirs.dgtresor.gouv.fr/Gels/RegistreDetail?idRegistre=7952",
    );
    expect(source?.properties["otherUrls"]).toHaveLength(3);
  });

  it("reports what it could not map, counted, and loses nothing silently", () => {
    const message = (code: string): string =>
      run.report.warnings.find((group) => group.code === code)?.examples[0]?.message ?? "";
    expect(message("unmapped-schema")).toBe(
      "Entities of FtM schemata the model has no type for were not imported: Family (4), Passport (1).",
    );
    expect(message("unmapped-field")).toBe(
      `Top-level fields were not imported (entities that gave each): target (${String(lines.length - 5)}).`,
    );
    // Every property of a mapped schema is either read (as below) or counted as unmapped.
    const common = [
      "name",
      "alias",
      "weakAlias",
      "abbreviation",
      "previousName",
      "jurisdiction",
      "address",
    ];
    const identifiers = [
      "innCode",
      "ogrnCode",
      "kppCode",
      "registrationNumber",
      "taxNumber",
      "permId",
      "uniqueEntityId",
    ];
    const read: Record<string, string[]> = {
      Company: [...common, ...identifiers, "incorporationDate", "sourceUrl"],
      Person: [...common, ...identifiers, "sourceUrl"],
      Address: ["full", "country", "sourceUrl"],
      Ownership: ["owner", "asset", "percentage", "sharesCount", "startDate", "endDate", "role"],
      Directorship: ["director", "organization", "role", "startDate", "endDate"],
      Sanction: [
        "entity",
        "authority",
        "program",
        "startDate",
        "endDate",
        "listingDate",
        "sourceUrl",
      ],
    };
    const expected = countBy(
      lines.flatMap((l) =>
        Object.keys(l.properties)
          .filter((key) => read[l.schema] !== undefined && !read[l.schema]?.includes(key))
          .map((key) => `${l.schema}.${key}`),
      ),
      (key) => key,
    );
    const listed = message("unmapped-property").replace(/^.*: /, "").replace(/\.$/, "").split(", ");
    expect(listed.sort()).toEqual(
      Object.entries(expected)
        .map(([key, count]) => `${key} (${String(count)})`)
        .sort(),
    );
    expect(listed).toContain("Person.birthDate (6)");
  });
});

describe("FtM import of donations.ijson (nomenklatura, 474 entities)", async () => {
  const lines = linesOf("donations.ijson");
  const schemata = countBy(lines, (line) => line.schema);
  const run = await importFixture("donations.ijson");

  it("maps organisations, people and addresses, and counts the Payments it cannot map", () => {
    expect(run.report.errors).toEqual([]);
    expect(countBy(run.rows.entities, (row) => row.type)).toEqual({
      Company: (schemata["Company"] ?? 0) + (schemata["Organization"] ?? 0),
      Person: schemata["Person"],
      Place: schemata["Address"],
    });
    expect(run.rows.relationships).toEqual([]);
    const payments = run.report.warnings.find((group) => group.code === "unmapped-schema");
    expect(payments?.examples[0]?.message).toBe(
      `Entities of FtM schemata the model has no type for were not imported: Payment (${String(schemata["Payment"])}).`,
    );
  });
});

describe("FtM detection", () => {
  it("recognises both fixtures by their first line and nothing else", async () => {
    for (const name of ["zala-entities.ftm.json", "donations.ijson"]) {
      const sample = await sampleOf(await localImportFile(fixture(name)));
      expect(detectImportFormat(sample)?.id).toBe("ftm");
    }
    const bods = fileURLToPath(
      new URL("../fixtures/bods/0.4/bods-package-fi-soe.json", import.meta.url),
    );
    expect(ftmFormat.detect(await sampleOf(await localImportFile(bods)))).toBe(false);
    expect(ftmFormat.detect({ name: "a.csv", head: "id,name\n1,ACME\n" })).toBe(false);
  });
});
