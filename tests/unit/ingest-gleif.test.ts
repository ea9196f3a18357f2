import { describe, expect, it } from "vitest";
import {
  fixtureFiles,
  runGleif,
  warningCount,
  withoutOrigins,
  type GleifRun,
} from "./ingest-gleif-helpers";

const NOV = ["lei-updates-data2", "rr-updates-data2", "repex-updates-data2"];
const JUNE = ["lei-data", "rr-data", "repex-data"];

async function run(folder: string, names: string[], ext: "xml" | "json"): Promise<GleifRun> {
  return runGleif(await fixtureFiles(...names.map((name) => `${folder}/${name}.${ext}`)));
}

const id = (local: string): string => `gleif-test:${local}`;

describe("GLEIF import of the 2023-11 golden-copy excerpt (self-contained)", () => {
  it("reads 12 LEI records, 11 relationships and 7 exceptions with no errors", async () => {
    const { rows, report } = await run("2023-11", NOV, "xml");
    expect(report.errors).toEqual([]);
    const companies = rows.entities.filter((row) => row.properties["identifiers"] !== undefined);
    // 12 described + the 7 exception LEIs, which no LEI record describes (stubs).
    expect(companies).toHaveLength(12 + 7);
    expect(warningCount(report, "lei-not-in-import")).toBe(7);
    expect(rows.relationships).toHaveLength(11 + 7);
    expect(rows.sources).toHaveLength(12 + 11 + 7);
    // The writer stores `properties` as they are (`SET n = …`): each carries its own id.
    const all = [...rows.sources, ...rows.entities, ...rows.relationships, ...rows.citations];
    expect(all.filter((row) => row.properties["id"] !== row.id)).toEqual([]);
  });

  it("gives XML and JSON the same rows", async () => {
    const xml = await run("2023-11", NOV, "xml");
    const json = await run("2023-11", NOV, "json");
    expect(withoutOrigins(json.rows)).toEqual(withoutOrigins(xml.rows));
  });

  it("maps an LEI record to a Company with its LEI as local id and identifier", async () => {
    const { rows } = await run("2023-11", NOV, "xml");
    const vub = rows.entities.find((row) => row.id === id("097900BHF50000076475"));
    expect(vub?.type).toBe("Company");
    expect(vub?.properties).toMatchObject({
      name: "VÚB Generali dôchodková správcovská spoločnosť, a.s.",
      aliases: ["VUB GENERALI DOCHODKOVA SPRAVCOVSKA SPOLOCNOST, AS"],
      identifiers: ["LEI:097900BHF50000076475", "RA000526:35903058"],
      jurisdiction: "SK",
      address: "Mlynské nivy 1, Bratislava, 820 04, SK",
      foundingDate: "2004-10-09",
      status: "ACTIVE",
    });
    const source = rows.sources.find((row) => row.id === id("lei-record:097900BHF50000076475"));
    expect(source?.properties).toMatchObject({
      kind: "registerStatement",
      publisher: "GLEIF",
      registrationStatus: "ISSUED",
      validationSources: "FULLY_CORROBORATED",
    });
    expect(source?.properties["locator"]).toMatch(
      /^lei-updates-data2\.xml, record 2 \(line \d+\)$/,
    );
    const citation = rows.citations.find((row) => row.entityId === vub?.id);
    expect(citation?.properties["properties"]).toContain("identifiers");
  });

  it("turns child → parent into parent → child, direct as control and ultimate as summary", async () => {
    const { rows } = await run("2023-11", NOV, "json");
    const direct = rows.relationships.filter((row) =>
      row.id.includes(":IS_DIRECTLY_CONSOLIDATED_BY:"),
    );
    expect(direct).toHaveLength(4);
    // 98450051… IS_DIRECTLY_CONSOLIDATED_BY 2138002Y…, which is by 984500501…
    const bottom = direct.find((row) => row.to === id("98450051BS9C610A8T78"));
    expect(bottom).toMatchObject({
      type: "CONTROLS",
      from: id("2138002YAB7Z9KO21397"),
      properties: { controlType: "parentOfSubsidiary", directOrIndirect: "direct" },
    });
    const ultimate = rows.relationships.filter((row) =>
      row.id.includes(":IS_ULTIMATELY_CONSOLIDATED_BY:"),
    );
    expect(ultimate).toHaveLength(3);
    expect(ultimate.every((row) => row.properties["directOrIndirect"] === "indirect")).toBe(true);
    const chainTop = ultimate.find((row) => row.to === id("98450051BS9C610A8T78"));
    expect(chainTop?.from).toBe(id("984500501A1B1045PB30"));
    expect(bottom?.properties["sourceIds"]).toEqual([
      id("rr-record:98450051BS9C610A8T78:IS_DIRECTLY_CONSOLIDATED_BY:2138002YAB7Z9KO21397"),
    ]);
    const consolidated = direct.find((row) => row.to === id("097900BJGO0000201513"));
    expect(consolidated?.properties["description"]).toContain(
      "quantifier: ACCOUNTING_CONSOLIDATION 1.00 PERCENTAGE",
    );
    expect(consolidated?.properties["shareExact"]).toBeUndefined();
  });

  it("keeps each exception as an undisclosed parent with its reason", async () => {
    const { rows } = await run("2023-11", NOV, "xml");
    const natural = rows.entities.find(
      (row) =>
        row.id === id("undisclosed:0292001018B2N4DBI146:DIRECT_ACCOUNTING_CONSOLIDATION_PARENT"),
    );
    expect(natural?.type).toBe("Person");
    expect(natural?.properties["unknownReason"]).toBe("NATURAL_PERSONS");
    expect(natural?.properties["name"]).toBeUndefined();
    expect(natural?.properties["caption"]).toMatch(
      /^Undisclosed direct parent of LEI 0292001018B2N4DBI146/,
    );
    const link = rows.relationships.find((row) => row.from === natural?.id);
    expect(link).toMatchObject({ type: "CONTROLS", to: id("0292001018B2N4DBI146") });
    const reasons = rows.entities.flatMap((row) => {
      const reason = row.properties["unknownReason"];
      return typeof reason === "string" ? [reason] : [];
    });
    expect(reasons.sort()).toEqual(
      [
        "NATURAL_PERSONS",
        "NATURAL_PERSONS",
        "NON_CONSOLIDATING",
        "NON_CONSOLIDATING",
        "NON_CONSOLIDATING",
        "NO_KNOWN_PERSON",
        "NO_LEI",
      ].sort(),
    );
  });
});

describe("GLEIF import of the 2023-06 excerpt (relationships to LEIs it does not describe)", () => {
  it("creates a visible stub for every LEI without a record, and warns", async () => {
    const { rows, report } = await run("2023-06", JUNE, "xml");
    expect(report.errors).toEqual([]);
    const stubs = rows.entities.filter(
      (row) => row.properties["caption"] === `LEI ${row.id.slice(11)}`,
    );
    expect(stubs.length).toBe(warningCount(report, "lei-not-in-import"));
    // 14 LEIs named by relationships and exceptions have no record in lei-data.
    expect(stubs).toHaveLength(14);
    expect(stubs[0]?.properties["identifiers"]).toEqual([`LEI:${stubs[0]?.id.slice(11) ?? ""}`]);
    expect(rows.relationships.filter((row) => row.id.includes(":rr:"))).toHaveLength(10);
    expect(rows.entities.filter((row) => row.properties["name"] !== undefined)).toHaveLength(13);
  });

  it("gives XML and JSON the same rows, but for address lines the JSON lost", async () => {
    const xml = await run("2023-06", JUNE, "xml");
    const json = await run("2023-06", JUNE, "json");
    // The flattened JSON keeps one AdditionalAddressLine where the XML repeats it: the JSON
    // address is the XML one with lines left out, never with anything else.
    for (const [index, entity] of xml.rows.entities.entries()) {
      const other = json.rows.entities[index];
      for (const key of ["address", "headquartersAddress"]) {
        const full = entity.properties[key];
        const cut = other?.properties[key];
        expect(typeof cut === "string" && typeof full === "string").toBe(full !== undefined);
        if (typeof full !== "string" || typeof cut !== "string") continue;
        expect(cut.split(", ").every((part) => full.split(", ").includes(part))).toBe(true);
        delete entity.properties[key];
        if (other !== undefined) delete other.properties[key];
      }
    }
    expect(withoutOrigins(json.rows)).toEqual(withoutOrigins(xml.rows));
  });
});
