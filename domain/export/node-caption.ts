import type { SerializedNode } from "../graph/graph-wire-types";

function nonEmptyText(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number") return String(value);
  return null;
}

/** What a node is called on screen: `caption`, else `name`, `title`, `id`, else its key. */
export function nodeCaption(node: SerializedNode): string {
  const { properties } = node.attributes;
  return (
    nonEmptyText(properties.caption) ??
    nonEmptyText(properties.name) ??
    nonEmptyText(properties.title) ??
    nonEmptyText(properties.id) ??
    node.key
  );
}
