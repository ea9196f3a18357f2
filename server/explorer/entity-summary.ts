/**
 * Short descriptions of entities and sources for the explorer's answers: the entity type, the
 * line of context under a search hit, a Source node as a citation shows it.
 */
import type { SourceRecord } from "../../domain/graph/explorer-api-types";
import {
  isTaggedValue,
  type Properties,
  type PropertyValue,
} from "../../domain/graph/graph-wire-types";

const ENTITY_TYPES = ["Company", "PublicBody", "Person", "Contract", "Place"];

export function entityTypeOf(labels: readonly string[]): string {
  return (
    labels.find((label) => ENTITY_TYPES.includes(label)) ??
    labels.find((l) => l !== "Entity") ??
    "Entity"
  );
}

function text(value: PropertyValue | undefined): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return String(value);
  // Dates and other tagged values carry Neo4j's own text.
  if (isTaggedValue(value) && "value" in value) return value.value;
  return null;
}

function texts(value: PropertyValue | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => text(item) ?? []);
  const single = text(value);
  return single === null ? [] : [single];
}

export function captionOf(properties: Properties): string {
  return (
    text(properties["caption"]) ?? text(properties["name"]) ?? text(properties["id"]) ?? "(no name)"
  );
}

/** One line under a search hit: other names, stock code, identifiers, jurisdiction. */
export function contextLine(properties: Properties): string {
  const caption = captionOf(properties);
  const names = [
    ...texts(properties["names"]),
    ...texts(properties["nameZh"]),
    ...texts(properties["shortName"]),
  ].filter((name, index, all) => name !== caption && all.indexOf(name) === index);
  const parts = [
    ...names.slice(0, 2),
    ...texts(properties["stockCode"]).map((code) => `stock code ${code}`),
    ...texts(properties["identifiers"]).slice(0, 2),
    ...texts(properties["jurisdiction"]).map((code) => `jurisdiction ${code}`),
  ];
  if (parts.length > 0) return parts.join(" · ");
  const description = text(properties["description"]);
  if (description) return description.length > 90 ? `${description.slice(0, 89)}…` : description;
  return "no other names or identifiers known";
}

/** A Source node's properties as a citation shows them, or null without an id. */
export function sourceRecord(properties: Properties): SourceRecord | null {
  const id = text(properties["id"]);
  if (id === null) return null;
  return {
    id,
    title: text(properties["title"]) ?? text(properties["caption"]),
    publisher: text(properties["publisher"]),
    url: text(properties["url"]),
    date: text(properties["date"]),
    authors: texts(properties["authors"]),
  };
}
