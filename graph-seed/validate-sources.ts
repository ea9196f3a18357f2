/** sources.json: one entry per document a fact is taken from. */
import { REQUIRED_SOURCE_PROPERTIES, SOURCE_PROPERTIES } from "../domain/model";
import type { ProblemList } from "./seed-validation-error";
import { SEED_FILE_NAMES, type SeedProperties, type SeedSource } from "./seed-types";
import { arrayEntries, claimId, entryLabel, unknownKeyHint } from "./entry-helpers";
import { checkValue } from "../domain/model";
import { asSeedValue, isKebabId } from "./value-checks";

const FILE = SEED_FILE_NAMES.sources;

export function validateSources(raw: unknown, problems: ProblemList): SeedSource[] {
  const seen = new Map<string, string>();
  const sources: SeedSource[] = [];
  arrayEntries(raw, FILE, problems).forEach((entry, index) => {
    const label = entryLabel(entry, index);
    const id = entry["id"];
    if (!isKebabId(id)) {
      problems.add(
        FILE,
        label,
        `id ${JSON.stringify(id)} is not kebab-case`,
        `use an id such as "rfa-2019-07-22-aisino"`,
      );
      return;
    }
    claimId(seen, id, `source #${index}`, FILE, problems);
    const properties: SeedProperties = { id };
    for (const [key, value] of Object.entries(entry)) {
      if (key === "id" || value === null) continue;
      const kind = SOURCE_PROPERTIES[key];
      if (kind === undefined) {
        problems.add(
          FILE,
          id,
          `property "${key}" is not allowed on a source`,
          unknownKeyHint(key, Object.keys(SOURCE_PROPERTIES)),
        );
        continue;
      }
      const reason = checkValue(kind, value);
      if (reason)
        problems.add(
          FILE,
          id,
          `property "${key}" ${reason}`,
          "correct the value, or write null when unknown",
        );
      else properties[key] = asSeedValue(value);
    }
    for (const key of REQUIRED_SOURCE_PROPERTIES) {
      if (entry[key] === undefined || entry[key] === null) {
        problems.add(
          FILE,
          id,
          `required property "${key}" is missing`,
          `add "${key}"; a source must be findable again`,
        );
      }
    }
    if (!("title" in entry)) {
      problems.add(
        FILE,
        id,
        `property "title" is missing`,
        `give the document's title, or "title": null when unknown (then "caption" describes it)`,
      );
    }
    sources.push({ id, properties });
  });
  return sources;
}
