/**
 * Reads and checks a CSV mapping file (JSON, docs/import-csv.md) against the model's registry:
 * every type must be one the model declares, every property one its type declares (with fixed
 * values of the right kind), every required property mapped or fixed, and every table must have
 * a source to cite. Each problem names the field's path, what is wrong and what to write instead.
 * The columns it names are checked against each file's header when the file is read.
 */
import {
  ENTITY_TYPE_REGISTRY,
  ENTITY_TYPES,
  RELATIONSHIP_TYPE_REGISTRY,
  RELATIONSHIP_TYPES,
  isEntityType,
  isRelationshipType,
  type EntityType,
  type RelationshipType,
} from "../../model";
import type { ImportProblems } from "../import-problems";
import type { CsvMapping, CsvTable, SourceDefaults } from "./csv-mapping-types";
import { kindsOf, readEnd, typeChoice } from "./csv-mapping-parts";
import { readFixed, readProperties } from "./csv-mapping-properties";
import { readSource } from "./csv-mapping-source";
import { JsonFields, isJsonObject, type JsonObject } from "./json-fields";

const TOP_KEYS = ["note", "dataset", "source", "entities", "relationships"];
const TABLE_KEYS = ["note", "file", "type", "typeColumn", "typeValues", "properties", "fixed"];
const TABLE_SOURCE_KEYS = ["source", "sourceUrl"];
const ENTITY_KEYS = [...TABLE_KEYS, ...TABLE_SOURCE_KEYS, "id", "idPrefix"];
const RELATIONSHIP_KEYS = [...TABLE_KEYS, ...TABLE_SOURCE_KEYS, "id", "from", "to"];

/** The mapping, or null when it has errors (each one reported). */
export function parseCsvMapping(
  text: string,
  problems: ImportProblems,
  file = "mapping file",
): CsvMapping | null {
  const before = problems.errorCount;
  const fields = new JsonFields(problems, file);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    fields.report(
      "(whole file)",
      "mapping-not-json",
      `The mapping file is not JSON (${(error as Error).message}).`,
      "Write it as one JSON object; docs/import-csv.md has an example.",
    );
    return null;
  }
  if (!isJsonObject(json)) {
    fields.report(
      "(whole file)",
      "mapping-not-object",
      "The mapping file must be one JSON object.",
      'Start it with { "source": ..., "entities": [...], "relationships": [...] }.',
    );
    return null;
  }
  fields.onlyKeys(json, TOP_KEYS, "(top)");
  const dataset = fields.object(json, "dataset", "(top)");
  const topSource = readSource(fields, json, "(top)", "source");
  const sources: SourceDefaults[] = topSource === null ? [] : [topSource];
  const top: TopSource = { source: topSource, given: json["source"] !== undefined };
  const tables: CsvTable[] = [];
  const read = (key: "entities" | "relationships") =>
    fields.array(json as JsonObject, key, "(top)").forEach((item, index) => {
      const path = `${key}[${String(index)}]`;
      if (!isJsonObject(item)) {
        fields.report(path, "mapping-bad-field", `${path} must be an object.`, "See the example.");
        return;
      }
      const table =
        key === "entities"
          ? readEntityTable(fields, item, path, top, sources)
          : readRelationshipTable(fields, item, path, top, sources);
      if (table !== null) tables.push(table);
    });
  read("entities");
  read("relationships");
  if (tables.length === 0 && problems.errorCount === before) {
    fields.report(
      "(top)",
      "mapping-no-tables",
      "The mapping names no table.",
      'Add an "entities" or "relationships" list naming your files.',
    );
  }
  if (problems.errorCount > before) return null;
  return {
    dataset: {
      ...optional("title", dataset && fields.text(dataset, "title", "dataset")),
      ...optional("publisher", dataset && fields.text(dataset, "publisher", "dataset")),
      ...optional("licence", dataset && fields.text(dataset, "licence", "dataset")),
    },
    sources,
    tables,
  };
}

function optional<Key extends string>(
  key: Key,
  value: string | null,
): Partial<Record<Key, string>> {
  return value === null ? {} : ({ [key]: value } as Record<Key, string>);
}

/** The mapping's top-level source; one given but wrong is reported once, not for every table. */
interface TopSource {
  source: SourceDefaults | null;
  given: boolean;
}

function tableSource(
  fields: JsonFields,
  item: JsonObject,
  path: string,
  file: string,
  top: TopSource,
  sources: SourceDefaults[],
): SourceDefaults | null {
  const own = readSource(fields, item, path, `source-${file}`);
  if (own !== null) {
    sources.push(own);
    return own;
  }
  if (!top.given && item["source"] === undefined) {
    fields.report(
      path,
      "mapping-no-source",
      `The table at ${path} has no source to cite, and the mapping has no top-level "source".`,
      'Add "source": { "title": ..., "kind": ..., "url": ..., "publisher": ... } at the top.',
    );
  }
  return top.source;
}

function readEntityTable(
  fields: JsonFields,
  item: JsonObject,
  path: string,
  top: TopSource,
  sources: SourceDefaults[],
): CsvTable | null {
  fields.onlyKeys(item, ENTITY_KEYS, path);
  const file = fields.text(item, "file", path, true);
  const idColumn = fields.text(item, "id", path, true);
  const type = typeChoice<EntityType>(fields, item, path, ENTITY_TYPES, isEntityType);
  const source = tableSource(fields, item, path, file ?? "", top, sources);
  if (type === null) return null;
  const kinds = kindsOf(type, ENTITY_TYPES, (entity) => ENTITY_TYPE_REGISTRY[entity].properties);
  const properties = readProperties(fields, item, path, kinds);
  const fixed = readFixed(fields, item, path, kinds);
  const sourceUrlColumn = fields.text(item, "sourceUrl", path);
  const idPrefix = fields.text(item, "idPrefix", path) ?? "";
  if (file === null || idColumn === null || source === null) return null;
  return {
    kind: "entities",
    file,
    idColumn,
    idPrefix,
    type,
    properties,
    fixed,
    sourceUrlColumn,
    source,
  };
}

function readRelationshipTable(
  fields: JsonFields,
  item: JsonObject,
  path: string,
  top: TopSource,
  sources: SourceDefaults[],
): CsvTable | null {
  fields.onlyKeys(item, RELATIONSHIP_KEYS, path);
  const file = fields.text(item, "file", path, true);
  const from = readEnd(fields, item, "from", path);
  const to = readEnd(fields, item, "to", path);
  const type = typeChoice<RelationshipType>(
    fields,
    item,
    path,
    RELATIONSHIP_TYPES,
    isRelationshipType,
  );
  const source = tableSource(fields, item, path, file ?? "", top, sources);
  if (type === null) return null;
  const kinds = kindsOf(
    type,
    RELATIONSHIP_TYPES,
    (relationship) => RELATIONSHIP_TYPE_REGISTRY[relationship].properties,
  );
  const properties = readProperties(fields, item, path, kinds);
  const fixed = readFixed(fields, item, path, kinds);
  if ("fixed" in type) {
    // A fixed value given but wrong is reported as such, not again as missing.
    const written = isJsonObject(item["fixed"]) ? Object.keys(item["fixed"]) : [];
    const given = new Set([...properties.map((entry) => entry.property), ...written]);
    for (const required of RELATIONSHIP_TYPE_REGISTRY[type.fixed].required) {
      if (given.has(required)) continue;
      fields.report(
        path,
        "mapping-missing-required",
        `${type.fixed} relationships need "${required}", which the table at ${path} neither maps nor fixes.`,
        `Add it under "properties" (a column) or "fixed" (one value for every row).`,
      );
    }
  }
  const idColumn = fields.text(item, "id", path);
  const sourceUrlColumn = fields.text(item, "sourceUrl", path);
  if (file === null || from === null || to === null || source === null) return null;
  return {
    kind: "relationships",
    file,
    idColumn,
    from,
    to,
    type,
    properties,
    fixed,
    sourceUrlColumn,
    source,
  };
}
