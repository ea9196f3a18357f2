/**
 * Short descriptions of entities and sources for the explorer's answers: the entity type, the
 * line of context under a search hit, a Source node as a citation shows it.
 */
import type { SourceRecord } from "../../domain/wire/explorer-api-types";
import type { Properties } from "../../domain/wire/graph-wire-types";
import { caption, isEntityType, textOf, textsOf } from "../../domain/model";

export function entityTypeOf(labels: readonly string[]): string {
  return labels.find(isEntityType) ?? labels.find((l) => l !== "Entity") ?? "Entity";
}

export function captionOf(properties: Properties): string {
  return caption(properties, "(no name)");
}

/** One line under a search hit: other names, stock code, identifiers, jurisdiction. */
export function contextLine(properties: Properties): string {
  const shown = captionOf(properties);
  const names = [
    ...textsOf(properties["names"]),
    ...textsOf(properties["nameZh"]),
    ...textsOf(properties["shortName"]),
  ].filter((name, index, all) => name !== shown && all.indexOf(name) === index);
  const parts = [
    ...names.slice(0, 2),
    ...textsOf(properties["stockCode"]).map((code) => `stock code ${code}`),
    ...textsOf(properties["identifiers"]).slice(0, 2),
    ...textsOf(properties["jurisdiction"]).map((code) => `jurisdiction ${code}`),
  ];
  if (parts.length > 0) return parts.join(" · ");
  const description = textOf(properties["description"]);
  if (description) return description.length > 90 ? `${description.slice(0, 89)}…` : description;
  return "no other names or identifiers known";
}

/** A Source node's properties as a citation shows them, or null without an id. */
export function sourceRecord(properties: Properties): SourceRecord | null {
  const id = textOf(properties["id"]);
  if (id === null) return null;
  return {
    id,
    title: textOf(properties["title"]) ?? textOf(properties["caption"]),
    publisher: textOf(properties["publisher"]),
    url: textOf(properties["url"]),
    date: textOf(properties["date"]),
    authors: textsOf(properties["authors"]),
  };
}
