// Every real BODS sample (tests/fixtures/bods/ATTRIBUTION.md) through the BODS import format and
// the model's row checks, as the import runner's validation pass runs them. The statement counts
// are those of the datasets' README (entity / person / relationship statements); the entity and
// relationship counts follow from the mapping: one entity per entity or person record (its
// latest statement) plus one per interested party given without an identity, one relationship
// per interest of a relationship record's latest statement (one when it lists none).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { problemLine } from "../../domain/ingest";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { localImportFile } from "../../server/ingest/read/local-file";
import { sampleOf } from "../../server/ingest/read/text-stream";
import { collectFormatRows, textFile } from "../support/collect-format-rows";

// file, entity / person / relationship statements, entities, relationships
const SAMPLES: [string, number, number, number, number, number][] = [
  ["0.3/1-single-direct.json", 1, 1, 1, 2, 1],
  ["0.3/2-single-update.json", 1, 1, 2, 3, 2],
  ["0.3/4a-simple-pep-declaration.json", 1, 1, 1, 2, 2],
  ["0.3/4b-full-pep-declaration.json", 1, 1, 1, 2, 2],
  ["0.3/flat-serialisation/gb-coh-bods-package.json", 1, 1, 1, 2, 1],
  ["0.3/flat-serialisation/gb-coh-entity-statement.json", 1, 0, 0, 1, 0],
  ["0.3/flat-serialisation/gb-coh-person-statement.json", 0, 1, 0, 1, 0],
  ["0.3/indirect-ownership/os-03-dr-03.json", 2, 1, 3, 3, 3],
  ["0.3/indirect-ownership/os-03-dr-04.json", 2, 1, 3, 3, 3],
  ["0.3/indirect-ownership/os-06-dr-03.json", 3, 1, 5, 4, 5],
  ["0.3/indirect-ownership/os-06-dr-04.json", 3, 1, 5, 4, 5],
  ["0.3/indirect-ownership/os-07-dr-04-company-a.json", 2, 1, 3, 3, 3],
  ["0.3/indirect-ownership/os-07-dr-04-company-b.json", 3, 1, 5, 4, 5],
  ["0.3/indirect-ownership/os-07-dr-04-company-c.json", 1, 1, 1, 2, 1],
  ["0.3/indirect-ownership/os-07-dr-04-company-d.json", 1, 0, 1, 2, 1],
  ["0.3/indirect-ownership/os-08-dr-04-company-a.json", 2, 1, 3, 3, 4],
  ["0.3/missing-data/os-01-dr-02-dc-05.json", 1, 1, 1, 2, 1],
  ["0.3/missing-data/os-17-dr-02-dc-06.json", 1, 0, 1, 2, 1],
  ["0.3/os-01-dr-01.json", 1, 1, 1, 2, 1],
  ["0.4/bods-package-annotations.json", 2, 0, 1, 2, 1],
  ["0.4/bods-package-entity-owning-entity.json", 2, 0, 1, 2, 1],
  ["0.4/bods-package-fi-soe.json", 4, 0, 5, 4, 5],
  ["0.4/bods-package-linking-annotations.json", 1, 1, 1, 2, 1],
  ["0.4/bods-package.json", 1, 1, 1, 2, 1],
  ["0.4/fermcat.json", 3, 10, 10, 4, 14],
  ["0.4/full-pep-declaration.json", 1, 1, 1, 2, 2],
  ["0.4/indirect-ownership.json", 2, 1, 3, 3, 3],
  ["0.4/joint-ownership.json", 2, 2, 3, 4, 3],
  ["0.4/levent.json", 1, 3, 3, 4, 4],
  ["0.4/listed-company-exempt-from-disclosure.json", 1, 0, 1, 2, 1],
  ["0.4/mixed-direct-and-indirect-ownership.json", 2, 1, 3, 3, 4],
  ["0.4/multiple-indirect-ownership.json", 3, 1, 5, 4, 5],
  ["0.4/multiple-tax-residencies.json", 1, 1, 1, 2, 1],
  ["0.4/mutilple-indirect-ownership-2.json", 3, 1, 5, 4, 5],
  ["0.4/nomination.json", 2, 2, 4, 4, 4],
  ["0.4/plc-entity-statement.json", 1, 0, 0, 1, 0],
  ["0.4/simple-pep-declaration.json", 1, 1, 1, 2, 2],
  ["0.4/tecido.json", 2, 2, 7, 3, 15],
  ["oo-register/real.json", 3, 0, 3, 4, 3],
];

function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/bods/${name}`, import.meta.url));
}

describe("the BODS samples", () => {
  it.each(SAMPLES)(
    "%s maps with no problems: statements %i/%i/%i, %i entities, %i relationships",
    async (name, entityStatements, personStatements, relationshipStatements, entities, links) => {
      const file = await localImportFile(fixturePath(name));
      expect(bodsFormat.detect(await sampleOf(file))).toBe(true);
      const { rows, report } = await collectFormatRows(bodsFormat, [file]);
      expect(report.errors.map(problemLine)).toEqual([]);
      expect(report.warnings).toEqual([]);
      expect(rows.sources).toHaveLength(
        entityStatements + personStatements + relationshipStatements,
      );
      expect(rows.entities).toHaveLength(entities);
      expect(rows.relationships).toHaveLength(links);
      // Every entity statement cites its entity; every relationship cites its statements.
      expect(rows.citations).toHaveLength(entityStatements + personStatements);
      for (const link of rows.relationships) {
        expect(link.properties["sourceIds"]).not.toHaveLength(0);
        expect(link.properties["firmness"]).toBe("reported");
      }
    },
  );

  it("rejects the 0.3 joint-ownership example, which gives two statements one id", async () => {
    const file = await localImportFile(fixturePath("0.3/3-joint-ownership.json"));
    const { report } = await collectFormatRows(bodsFormat, [file]);
    expect(report.errorCount).toBe(1);
    expect(report.errors[0]).toMatchObject({
      code: "duplicate-statement-id",
      file: "3-joint-ownership.json",
      at: "item 7, statement c222fe05-2bf3-4cc0-b126-f665109d7211",
    });
  });

  it("reads several files as one dataset, and JSON Lines as the same rows as the array", async () => {
    const names = ["0.4/bods-package-fi-soe.json", "0.4/fermcat.json", "oo-register/real.json"];
    const files = await Promise.all(names.map((name) => localImportFile(fixturePath(name))));
    const together = await collectFormatRows(bodsFormat, files);
    expect(together.report.errors.map(problemLine)).toEqual([]);
    expect(together.rows.sources).toHaveLength(9 + 23 + 6);
    expect(together.rows.relationships).toHaveLength(5 + 14 + 3);

    const array = readFileSync(fixturePath("0.4/fermcat.json"), "utf8");
    const lines = (JSON.parse(array) as unknown[]).map((item) => JSON.stringify(item)).join("\n");
    const fromArray = await collectFormatRows(bodsFormat, [textFile("fermcat.json", array)]);
    const fromLines = await collectFormatRows(bodsFormat, [textFile("fermcat.json", lines)]);
    expect(fromLines.report.errorCount).toBe(0);
    const withoutOrigin = (rows: typeof fromArray.rows) =>
      JSON.stringify(rows, (key, value: unknown) => (key === "origin" ? undefined : value));
    expect(withoutOrigin(fromLines.rows)).toBe(withoutOrigin(fromArray.rows));
  });

  it("yields the same rows on every read (the runner reads twice)", async () => {
    const file = await localImportFile(fixturePath("0.4/tecido.json"));
    const first = await collectFormatRows(bodsFormat, [file]);
    const second = await collectFormatRows(bodsFormat, [file]);
    expect(second.rows).toEqual(first.rows);
  });
});
