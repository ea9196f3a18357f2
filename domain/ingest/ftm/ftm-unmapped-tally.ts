/**
 * Counts what an FtM import reads but the model has no place for: whole schemata (Payment,
 * Family), properties (Person.birthDate), top-level fields (`target`). At the end each kind is
 * reported as one warning naming every one with its count, at the first place one was seen, so
 * nothing is dropped without a line in the report.
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

  /**
   * One warning per kind, listing every name with its count (most first), so the whole tally
   * shows however many names there are (a report keeps only the first few examples of a code).
   */
  report(problems: ImportProblems): void {
    const fix = "Nothing to do unless you need them; the model's FtM mapping is in docs/model.md.";
    const warn = (code: string, map: Map<string, Tally>, message: (list: string) => string) => {
      const entries = [...map].sort(([, a], [, b]) => b.count - a.count);
      const [first] = entries;
      if (first === undefined) return;
      const list = entries.map(([name, { count }]) => `${name} (${String(count)})`).join(", ");
      problems.warn({ ...first[1].first, code, message: message(list), fix });
    };
    warn(
      "unmapped-schema",
      this.schemata,
      (list) => `Entities of FtM schemata the model has no type for were not imported: ${list}.`,
    );
    warn(
      "unmapped-property",
      this.properties,
      (list) =>
        `FtM properties the model has no place for were not imported (entities that gave each): ${list}.`,
    );
    warn(
      "unmapped-field",
      this.fields,
      (list) => `Top-level fields were not imported (entities that gave each): ${list}.`,
    );
  }
}

function bump(map: Map<string, Tally>, key: string, origin: RowOrigin): void {
  const tally = map.get(key);
  if (tally === undefined) map.set(key, { count: 1, first: origin });
  else tally.count++;
}
