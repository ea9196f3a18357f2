/**
 * Parts of a table in the CSV mapping file: its type (fixed or from a column), the property
 * kinds of the types it may hold, and the two ends of a relationship table.
 */
import { ENTITY_TYPES, isEntityType, type PropertyKinds } from "../../model";
import type { EndMapping, TypeChoice } from "./csv-mapping-types";
import type { JsonFields, JsonObject } from "./json-fields";

export function typeChoice<Type extends string>(
  fields: JsonFields,
  item: JsonObject,
  path: string,
  known: readonly Type[],
  isType: (value: unknown) => value is Type,
): TypeChoice<Type> | null {
  const fixed = item["type"];
  const column = fields.text(item, "typeColumn", path);
  const unknown = (value: unknown, where: string) =>
    fields.report(
      where,
      "mapping-unknown-type",
      `${JSON.stringify(value)} at ${where} is not a type of the model.`,
      `Use one of ${known.join(", ")} (docs/model.md).`,
    );
  if (fixed !== undefined) {
    if (!isType(fixed)) unknown(fixed, `${path}.type`);
    return isType(fixed) ? { fixed } : null;
  }
  if (column === null) {
    fields.report(
      path,
      "mapping-no-type",
      `The table at ${path} gives neither "type" nor "typeColumn".`,
      `Add "type": "${known[0] ?? ""}" (every row), or "typeColumn" naming the column of types.`,
    );
    return null;
  }
  const words = fields.object(item, "typeValues", path);
  if (words === null) return { column, values: null };
  const values: Record<string, Type> = {};
  for (const [word, type] of Object.entries(words)) {
    if (isType(type)) values[word] = type;
    else unknown(type, `${path}.typeValues.${word}`);
  }
  return { column, values };
}

/** The property kinds of every type a table's rows may have. */
export function kindsOf<Type extends string>(
  choice: TypeChoice<Type>,
  all: readonly Type[],
  kinds: (type: Type) => PropertyKinds,
): PropertyKinds {
  const types =
    "fixed" in choice
      ? [choice.fixed]
      : choice.values === null
        ? all
        : [...new Set(Object.values(choice.values))];
  return Object.assign({}, ...types.map(kinds)) as PropertyKinds;
}

export function readEnd(fields: JsonFields, item: JsonObject, key: string, path: string) {
  const value = item[key];
  if (typeof value === "string" && value.trim() !== "") {
    return { column: value.trim(), idPrefix: "", createAs: null } satisfies EndMapping;
  }
  const end = fields.object(item, key, path);
  if (end === null) {
    fields.report(
      `${path}.${key}`,
      "mapping-missing-field",
      `The relationship table at ${path} has no "${key}" column.`,
      `Add "${key}": "<column of the ${key === "from" ? "owner's" : "owned"} ids>".`,
    );
    return null;
  }
  const where = `${path}.${key}`;
  fields.onlyKeys(end, ["column", "idPrefix", "createAs"], where);
  const column = fields.text(end, "column", where, true);
  const createAs = end["createAs"];
  if (createAs !== undefined && !isEntityType(createAs)) {
    fields.report(
      `${where}.createAs`,
      "mapping-unknown-type",
      `${JSON.stringify(createAs)} at ${where}.createAs is not an entity type of the model.`,
      `Use one of ${ENTITY_TYPES.join(", ")}.`,
    );
  }
  if (column === null) return null;
  return {
    column,
    idPrefix: fields.text(end, "idPrefix", where) ?? "",
    createAs: isEntityType(createAs) ? createAs : null,
  } satisfies EndMapping;
}
