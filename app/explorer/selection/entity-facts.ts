/**
 * The facts the evidence panel lists for an entity, as rows of label and text. What the graph
 * does not know reads "unknown", never a blank.
 */
import {
  isTaggedValue,
  type Properties,
  type PropertyValue,
} from "../../../domain/wire/graph-wire-types";
import { INTERNAL_PROPERTIES } from "../../../domain/wire/internal-properties";

export interface FactRow {
  key: string;
  label: string;
  value: string;
  unknown: boolean;
}

export const UNKNOWN = "unknown";

const NAME_FIELDS: [string, string][] = [
  ["name", "Name"],
  ["nameZh", "Chinese name"],
  ["shortName", "Short name"],
  ["shortNameZh", "Chinese short name"],
  ["aliases", "Also known as"],
  ["formerNames", "Former names"],
];

const IDENTIFIER_FIELDS: [string, string][] = [
  ["stockCode", "Stock code"],
  ["listedOn", "Listed on"],
  ["identifiers", "Identifiers"],
  ["jurisdiction", "Jurisdiction"],
];

/** Properties that are computed, internal or shown elsewhere. */
const NOT_LISTED = new Set([
  ...INTERNAL_PROPERTIES,
  "id",
  "caption",
  "names",
  "seeded",
  "dataset",
  "description",
]);

/** A property value as text: lists joined, dates and big numbers in Neo4j's own notation. */
export function valueText(value: PropertyValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return value.toLocaleString("en");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    const parts = value.map(valueText).filter((part): part is string => part !== null);
    return parts.length === 0 ? null : parts.join(" · ");
  }
  if (isTaggedValue(value)) {
    if ("value" in value) return value.value;
    if (value.$type === "Point") return `(${value.x}, ${value.y})`;
    return "binary data";
  }
  return JSON.stringify(value);
}

function row(properties: Properties, key: string, label: string): FactRow {
  const text = valueText(properties[key]);
  return { key, label, value: text ?? UNKNOWN, unknown: text === null };
}

/** Names: the legal name always (unknown when no source gives it), others when present. */
export function nameRows(properties: Properties): FactRow[] {
  return NAME_FIELDS.flatMap(([key, label]) => {
    const fact = row(properties, key, label);
    return key === "name" || !fact.unknown ? [fact] : [];
  });
}

/** Every name in every script the graph holds, without repeats. */
export function allNames(properties: Properties): string[] {
  const names = [properties["names"], ...NAME_FIELDS.map(([key]) => properties[key])].flatMap(
    (value) => (Array.isArray(value) ? value : [value]),
  );
  return [
    ...new Set(
      names.filter((name): name is string => typeof name === "string" && name.trim() !== ""),
    ),
  ];
}

export function identifierRows(properties: Properties, type: string): FactRow[] {
  return IDENTIFIER_FIELDS.flatMap(([key, label]) => {
    const fact = row(properties, key, label);
    const expected = key === "jurisdiction" || (type === "Company" && key === "stockCode");
    return expected || !fact.unknown ? [fact] : [];
  });
}

/** The remaining properties, in a stable order, with readable labels. */
export function otherRows(properties: Properties): FactRow[] {
  const shown = new Set([...NAME_FIELDS, ...IDENTIFIER_FIELDS].map(([key]) => key));
  return Object.keys(properties)
    .filter((key) => !shown.has(key) && !NOT_LISTED.has(key))
    .sort()
    .map((key) => row(properties, key, labelOf(key)));
}

/** "registeredCapitalCurrency" → "Registered capital currency". */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
