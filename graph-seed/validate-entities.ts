/** entities.json: companies, public bodies, people, contracts and places, each sourced. */
import {
  ENTITY_TYPES,
  ENTITY_TYPE_REGISTRY,
  UNCITED_ENTITY_PROPERTIES,
  buildSearchText,
  collectNames,
} from "../domain/model";
import { ENTITY_ENTRY_KEYS } from "./seed-model";
import type { ProblemList } from "./seed-validation-error";
import {
  SEED_FILE_NAMES,
  type EntityCitation,
  type EntityType,
  type SeedEntity,
  type SeedProperties,
} from "./seed-types";
import {
  arrayEntries,
  claimId,
  entryLabel,
  isRecord,
  unknownKeyHint,
  type RawEntry,
} from "./entry-helpers";
import {
  FIRMNESS_HINT,
  citationContext,
  citationItems,
  isFirmness,
  parseCitation,
  type CitableSources,
  type CitationContext,
} from "./validate-citations";
import { checkValue } from "../domain/model";
import { asSeedValue, isKebabId } from "./value-checks";

const FILE = SEED_FILE_NAMES.entities;

function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function validateEntities(
  raw: unknown,
  sources: CitableSources,
  problems: ProblemList,
): SeedEntity[] {
  const seen = new Map<string, string>();
  const entities: SeedEntity[] = [];
  arrayEntries(raw, FILE, problems).forEach((entry, index) => {
    const label = entryLabel(entry, index);
    const id = entry["id"];
    if (!isKebabId(id)) {
      problems.add(
        FILE,
        label,
        `id ${JSON.stringify(id)} is not kebab-case`,
        `use an id such as "aisino" or "west-kowloon-station"`,
      );
      return;
    }
    claimId(seen, id, `entity #${index}`, FILE, problems);
    const type = entry["type"];
    if (!isEntityType(type)) {
      problems.add(
        FILE,
        id,
        `type ${JSON.stringify(type)} is not an entity type`,
        `use one of ${ENTITY_TYPES.join(", ")}`,
      );
      return;
    }
    const context = citationContext(FILE, id, sources, problems);
    const entity = validateEntity(entry, id, type, context);
    if (entity) entities.push(entity);
  });
  return entities;
}

function validateEntity(
  entry: RawEntry,
  id: string,
  type: EntityType,
  context: CitationContext,
): SeedEntity | null {
  const { problems } = context;
  const allowed = ENTITY_TYPE_REGISTRY[type].properties;
  const given: SeedProperties = {};
  for (const [key, value] of Object.entries(entry)) {
    if (ENTITY_ENTRY_KEYS.has(key) || value === null) continue;
    const kind = allowed[key];
    if (kind === undefined) {
      problems.add(
        FILE,
        id,
        `property "${key}" is not allowed on ${type}`,
        unknownKeyHint(key, Object.keys(allowed)),
      );
      continue;
    }
    const reason = checkValue(kind, value);
    if (reason)
      problems.add(
        FILE,
        id,
        `property "${key}" ${reason}`,
        "correct the value, or write null when no source gives it",
      );
    else given[key] = asSeedValue(value);
  }
  if (!("name" in entry)) {
    problems.add(
      FILE,
      id,
      `property "name" is missing`,
      `give the name a source uses, or "name": null when no source gives one`,
    );
  }
  const name = typeof given["name"] === "string" ? given["name"] : null;
  const caption = typeof given["caption"] === "string" ? given["caption"] : name;
  if (caption === null) {
    problems.add(
      FILE,
      id,
      "has neither a name nor a caption",
      `add a "caption" that says the name is unknown, e.g. "Aisino's Hong Kong subsidiary (name unknown)"`,
    );
    return null;
  }
  const citations = validateEntityCitations(entry["citations"], id, given, context);
  const names = collectNames(given);
  const properties: SeedProperties = { ...given, id, caption };
  if (names.length > 0) properties["names"] = names;
  // An unnamed entity is still findable by what its caption says ("Hong Kong subsidiary").
  const searchText = buildSearchText(given) || caption;
  if (searchText.length > 0) properties["searchText"] = searchText;
  return { id, type, name, caption, names, searchText, properties, citations };
}

function validateEntityCitations(
  raw: unknown,
  id: string,
  given: SeedProperties,
  context: CitationContext,
): EntityCitation[] {
  const { problems } = context;
  const citations: EntityCitation[] = [];
  const covered = new Set<string>();
  citationItems(raw, context).forEach((item, index) => {
    const citation = parseCitation(item, index, context);
    const properties = isRecord(item) ? item["properties"] : undefined;
    const firmness = isRecord(item) ? item["firmness"] : undefined;
    if (!isFirmness(firmness)) {
      problems.add(
        FILE,
        id,
        `citation #${index} has firmness ${JSON.stringify(firmness)}`,
        FIRMNESS_HINT,
      );
    }
    if (!Array.isArray(properties) || !properties.every((p) => typeof p === "string")) {
      problems.add(
        FILE,
        id,
        `citation #${index} has no "properties" list`,
        `list the property names it backs, or [] when it only shows the entity exists`,
      );
      return;
    }
    for (const property of properties) {
      if (UNCITED_ENTITY_PROPERTIES.has(property) || given[property] === undefined) {
        problems.add(
          FILE,
          id,
          `citation #${index} backs property "${property}", which the entity does not have`,
          "cite only properties the entry sets (names, identifiers, dates ...)",
        );
      }
      covered.add(property);
    }
    if (citation && isFirmness(firmness)) {
      citations.push({ ...citation, id: `${id}-sourced-${index + 1}`, properties, firmness });
    }
  });
  for (const property of Object.keys(given)) {
    if (!UNCITED_ENTITY_PROPERTIES.has(property) && !covered.has(property)) {
      problems.add(
        FILE,
        id,
        `property "${property}" has no citation`,
        `add "${property}" to the "properties" of the citation that gives it, or remove the property`,
      );
    }
  }
  return citations;
}
