/**
 * Counts what an FtM import reads but the model has no place for: whole schemata (Payment,
 * Family), properties (Person.birthDate), top-level fields (`target`). At the end each one is
 * reported once as a warning with its count and the first place it was seen, so nothing is
 * dropped without a line in the report.
 */
import type { ImportProblems } from "../import-problems";
import type { RowOrigin } from "../model-rows";

interface Tally {
  count: number;
  first: RowOrigin;
}

export class FtmUnmappedTally {
  private readonly schemata = new Map<string, Tally>();
  private readonly properties = new Map<string, Tally>();
  private readonly fields = new Map<string, Tally>();

  schema(schema: string, origin: RowOrigin): void {
    bump(this.schemata, schema, origin);
  }

  property(schema: string, property: string, origin: RowOrigin): void {
    bump(this.properties, `${schema}.${property}`, origin);
  }

  field(field: string, origin: RowOrigin): void {
    bump(this.fields, field, origin);
  }

  report(problems: ImportProblems): void {
    for (const [schema, { count, first }] of this.schemata) {
      problems.warn({
        ...first,
        code: "unmapped-schema",
        message: `${plural(count, "entity", "entities")} of the FtM schema ${schema} were not imported: the model has no type for ${schema}.`,
        fix: "Nothing to do unless you need them; the model's FtM mapping is in docs/model.md.",
      });
    }
    for (const [property, { count, first }] of this.properties) {
      problems.warn({
        ...first,
        code: "unmapped-property",
        message: `The FtM property ${property} was not imported (${plural(count, "entity", "entities")}): the model has no property for it.`,
        fix: "Nothing to do unless you need it; the model's FtM mapping is in docs/model.md.",
      });
    }
    for (const [field, { count, first }] of this.fields) {
      problems.warn({
        ...first,
        code: "unmapped-field",
        message: `The top-level field "${field}" was not imported (${plural(count, "entity", "entities")}).`,
        fix: "Nothing to do unless you need it; the model's FtM mapping is in docs/model.md.",
      });
    }
  }
}

function bump(map: Map<string, Tally>, key: string, origin: RowOrigin): void {
  const tally = map.get(key);
  if (tally === undefined) map.set(key, { count: 1, first: origin });
  else tally.count++;
}

function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
