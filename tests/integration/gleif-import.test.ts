import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ImportRejectedError, type ImportFile } from "../../domain/ingest";
import { listDatasets } from "../../server/ingest/datasets";
import { localImportFile } from "../../server/ingest/read/local-file";
import { runDatasetImport } from "../../server/ingest/run-dataset-import";
import { removeImportedDatasets } from "../support/imported-datasets";
import { openTestDriver, testDatabase } from "../support/neo4j";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "gleif");
const NOV = ["lei-updates-data2", "rr-updates-data2", "repex-updates-data2"];

let driver: Driver;

beforeAll(() => {
  driver = openTestDriver();
});
afterEach(async () => {
  await removeImportedDatasets(driver, (id) => id.startsWith("gleif-"));
});
afterAll(async () => {
  await driver.close();
});

async function files(folder: string, names: string[], ext: string): Promise<ImportFile[]> {
  return Promise.all(
    names.map((name) => localImportFile(path.join(FIXTURES, folder, `${name}.${ext}`))),
  );
}

async function query(cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: testDatabase() });
  return records.map((record) => record.toObject());
}

/** Every node and relationship of a dataset as sorted lines, to compare two imports. */
async function contentOf(datasetId: string): Promise<string[]> {
  const rows = await query(
    `MATCH (n {dataset: $dataset})
     RETURN labels(n)[0] + ' ' + n.id + ' ' + n.caption AS line
     UNION ALL
     MATCH (a)-[r {dataset: $dataset}]->(b)
     RETURN type(r) + ' ' + a.id + '→' + b.id + ' ' + coalesce(r.directOrIndirect, '') AS line`,
    { dataset: datasetId },
  );
  return rows.map((row) => String((row as { line: string }).line)).sort();
}

describe("importing the GLEIF golden-copy excerpts into Neo4j", () => {
  it("writes the 2023-11 files (detected as GLEIF) as one dataset, parent → child", async () => {
    const outcome = await runDatasetImport(driver, testDatabase(), {
      files: await files("2023-11", NOV, "xml"),
      datasetId: "gleif-nov",
    });
    expect(outcome.status).toBe("written");
    expect(outcome.dataset.format).toBe("gleif");
    // 12 LEI records, 7 exception subjects without one (stubs), 7 undisclosed parents.
    expect(outcome.counts).toEqual({ sources: 30, entities: 26, relationships: 18, citations: 26 });
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.report.warnings).toMatchObject([{ code: "lei-not-in-import", count: 7 }]);

    const chain = await query(
      `MATCH (top:Entity {id: $top})-[d:CONTROLS {directOrIndirect: 'direct'}]->
             (:Entity {id: $middle})-[:CONTROLS {directOrIndirect: 'direct'}]->(bottom:Entity)
       MATCH (top)-[u:CONTROLS {directOrIndirect: 'indirect'}]->(bottom)
       RETURN bottom.id AS bottom, d.controlType AS controlType, u.sourceIds AS ultimateSources,
              top.identifiers AS identifiers`,
      { top: "gleif-nov:984500501A1B1045PB30", middle: "gleif-nov:2138002YAB7Z9KO21397" },
    );
    expect(chain).toEqual([
      {
        bottom: "gleif-nov:98450051BS9C610A8T78",
        controlType: "parentOfSubsidiary",
        ultimateSources: [
          "gleif-nov:rr-record:98450051BS9C610A8T78:IS_ULTIMATELY_CONSOLIDATED_BY:984500501A1B1045PB30",
        ],
        identifiers: ["LEI:984500501A1B1045PB30", "RA000014:611 393 554"],
      },
    ]);

    const undisclosed = await query(
      `MATCH (p:Person {unknownReason: 'NATURAL_PERSONS'})-[r:CONTROLS]->(c {id: $child})
       MATCH (s:Source {id: r.sourceIds[0]})
       RETURN p.name AS name, p.caption AS caption, c.caption AS child, s.date AS date`,
      { child: "gleif-nov:0292001018B2N4DBI146" },
    );
    expect(undisclosed).toEqual([
      {
        name: null,
        caption: "Undisclosed direct parent of LEI 0292001018B2N4DBI146 (NATURAL_PERSONS)",
        child: "LEI 0292001018B2N4DBI146",
        date: "2023-11-06",
      },
    ]);
  });

  it("changes nothing when the same files come again, and JSON gives the same graph", async () => {
    await runDatasetImport(driver, testDatabase(), {
      files: await files("2023-11", NOV, "xml"),
      format: "gleif",
      datasetId: "gleif-twice",
    });
    const first = await contentOf("gleif-twice");
    const again = await runDatasetImport(driver, testDatabase(), {
      files: await files("2023-11", NOV, "xml"),
      format: "gleif",
      datasetId: "gleif-twice",
    });
    expect(again.status).toBe("unchanged");
    expect(await contentOf("gleif-twice")).toEqual(first);

    const json = await runDatasetImport(driver, testDatabase(), {
      files: await files("2023-11", NOV, "json"),
      format: "gleif",
      datasetId: "gleif-twice",
    });
    expect(json.status).toBe("written");
    expect(await contentOf("gleif-twice")).toEqual(first);
  });

  it("rejects a truncated file with its name and line, and writes nothing", async () => {
    const [lei] = await files("2023-11", ["lei-updates-data2"], "xml");
    if (lei === undefined) throw new Error("fixture missing");
    const cut: ImportFile = {
      name: "lei-cut.xml",
      size: null,
      open: async function* () {
        let seen = 0;
        for await (const chunk of lei.open()) {
          const keep = Math.max(0, Math.min(chunk.length, 5000 - seen));
          seen += keep;
          if (keep > 0) yield chunk.subarray(0, keep);
        }
      },
    };
    const failure: unknown = await runDatasetImport(driver, testDatabase(), {
      files: [cut],
      format: "gleif",
      datasetId: "gleif-cut",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportRejectedError);
    const [problem] = (failure as ImportRejectedError).report.errors;
    expect(problem).toMatchObject({ code: "unreadable-file", file: "lei-cut.xml" });
    expect(problem?.at).toMatch(/^line \d+$/);
    expect((await listDatasets(driver, testDatabase())).map((d) => d.id)).not.toContain(
      "gleif-cut",
    );
    expect(await contentOf("gleif-cut")).toEqual([]);
  });
});
