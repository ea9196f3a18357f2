/** relationships.json: ownership, control, contracts, roles, designations, each sourced. */
import {
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_REGISTRY as RELATIONSHIP_RULES,
} from "../domain/model";
import { RELATIONSHIP_ENTRY_KEYS } from "./seed-model";
import type { ProblemList } from "./seed-validation-error";
import {
  SEED_FILE_NAMES,
  type Citation,
  type EntityType,
  type RelationshipType,
  type SeedProperties,
  type SeedRelationship,
} from "./seed-types";
import { arrayEntries, claimId, entryLabel, unknownKeyHint, type RawEntry } from "./entry-helpers";
import {
  FIRMNESS_HINT,
  citationContext,
  citationItems,
  isFirmness,
  parseCitation,
  type CitableSources,
} from "./validate-citations";
import { checkValue } from "../domain/model";
import { asSeedValue, isKebabId } from "./value-checks";

const FILE = SEED_FILE_NAMES.relationships;

function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === "string" && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function validateRelationships(
  raw: unknown,
  entityTypes: ReadonlyMap<string, EntityType>,
  sources: CitableSources,
  problems: ProblemList,
): SeedRelationship[] {
  const seen = new Map<string, string>();
  const relationships: SeedRelationship[] = [];
  arrayEntries(raw, FILE, problems).forEach((entry, index) => {
    const label = entryLabel(entry, index);
    const id = entry["id"];
    if (!isKebabId(id)) {
      problems.add(
        FILE,
        label,
        `id ${JSON.stringify(id)} is not kebab-case`,
        `use an id such as "casic-owns-aisino"`,
      );
      return;
    }
    claimId(seen, id, `relationship #${index}`, FILE, problems);
    const type = entry["type"];
    if (!isRelationshipType(type)) {
      problems.add(
        FILE,
        id,
        `type ${JSON.stringify(type)} is not a relationship type`,
        `use one of ${RELATIONSHIP_TYPES.join(", ")}`,
      );
      return;
    }
    const relationship = validateRelationship(entry, id, type, entityTypes, sources, problems);
    if (relationship) relationships.push(relationship);
  });
  checkComponentIds(relationships, problems);
  return relationships;
}

function checkEndpoint(
  entry: RawEntry,
  end: "from" | "to",
  id: string,
  type: RelationshipType,
  entityTypes: ReadonlyMap<string, EntityType>,
  problems: ProblemList,
): string | null {
  const target = entry[end];
  if (typeof target !== "string" || target.length === 0) {
    problems.add(FILE, id, `"${end}" is missing`, `name the id of an entity in entities.json`);
    return null;
  }
  const targetType = entityTypes.get(target);
  if (targetType === undefined) {
    problems.add(
      FILE,
      id,
      `dangling reference: "${end}" names "${target}", which entities.json does not define`,
      "add the entity, or correct the id",
    );
    return null;
  }
  const allowed = RELATIONSHIP_RULES[type][end];
  if (!allowed.includes(targetType)) {
    problems.add(
      FILE,
      id,
      `${type} cannot go ${end} a ${targetType} ("${target}")`,
      `${type} goes ${end} ${allowed.join(" or ")}; direction is owner → owned, controller → controlled`,
    );
    return null;
  }
  return target;
}

function validateRelationship(
  entry: RawEntry,
  id: string,
  type: RelationshipType,
  entityTypes: ReadonlyMap<string, EntityType>,
  sources: CitableSources,
  problems: ProblemList,
): SeedRelationship | null {
  const from = checkEndpoint(entry, "from", id, type, entityTypes, problems);
  const to = checkEndpoint(entry, "to", id, type, entityTypes, problems);
  if (from !== null && from === to) {
    problems.add(
      FILE,
      id,
      `"from" and "to" are both "${from}"`,
      "a relationship links two different entities",
    );
  }
  const firmness = entry["firmness"];
  if (!isFirmness(firmness))
    problems.add(FILE, id, `firmness is ${JSON.stringify(firmness)}`, FIRMNESS_HINT);
  const rule = RELATIONSHIP_RULES[type];
  const given: SeedProperties = {};
  for (const [key, value] of Object.entries(entry)) {
    if (RELATIONSHIP_ENTRY_KEYS.has(key) || value === null) continue;
    const kind = rule.properties[key];
    if (kind === undefined) {
      problems.add(
        FILE,
        id,
        `property "${key}" is not allowed on ${type}`,
        unknownKeyHint(key, Object.keys(rule.properties)),
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
  for (const key of rule.required) {
    if (given[key] === undefined && entry[key] === undefined) {
      problems.add(
        FILE,
        id,
        `required property "${key}" is missing`,
        `add "${key}" (see docs/model.md, ${type})`,
      );
    }
  }
  if (type === "OWNS") checkShare(given, id, problems);
  if (firmness === "inferred" && given["description"] === undefined) {
    problems.add(
      FILE,
      id,
      "is inferred but does not say how",
      `add a "description" that explains the inference`,
    );
  }
  const citations: Citation[] = [];
  const context = citationContext(FILE, id, sources, problems);
  citationItems(entry["citations"], context).forEach((item, index) => {
    const citation = parseCitation(item, index, context);
    if (citation) citations.push(citation);
  });
  if (from === null || to === null || !isFirmness(firmness) || citations.length === 0) return null;
  const properties: SeedProperties = {
    ...given,
    id,
    firmness,
    sourceIds: citations.map((citation) => citation.sourceId),
    quotes: citations.map((citation) => citation.text),
    quoteKinds: citations.map((citation) => citation.kind),
  };
  return { id, type, from, to, firmness, citations, properties };
}

/** A share is exact, or a range, or unknown (all absent): never a mix, never upside down. */
function checkShare(given: SeedProperties, id: string, problems: ProblemList): void {
  const { shareExact: exact, shareMin: min, shareMax: max } = given;
  if (exact !== undefined && (min !== undefined || max !== undefined)) {
    problems.add(
      FILE,
      id,
      "malformed share: shareExact and a shareMin/shareMax range are both set",
      "state an exact share or a range, and write null for the other",
    );
  }
  if (typeof min === "number" && typeof max === "number" && min > max) {
    problems.add(
      FILE,
      id,
      `malformed share: shareMin ${min} is above shareMax ${max}`,
      "swap them, or correct the range",
    );
  }
}

function checkComponentIds(
  relationships: readonly SeedRelationship[],
  problems: ProblemList,
): void {
  const ids = new Set(relationships.map((relationship) => relationship.id));
  for (const relationship of relationships) {
    const components = relationship.properties["componentIds"];
    if (!Array.isArray(components)) continue;
    for (const component of components) {
      if (!ids.has(component) || component === relationship.id) {
        problems.add(
          FILE,
          relationship.id,
          `componentIds names "${component}", which is not another relationship in this file`,
          "list the ids of the direct relationships this indirect one summarises",
        );
      }
    }
  }
}
