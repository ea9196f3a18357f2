/**
 * What changed along an entity's chain between two days: its chain links as of the first day
 * and as of the second, paired by what they state (type, ends, and interest, control type or
 * role), each pair or single link named `appeared`, `ended` or `changed` (its stated share or
 * its type of interest differs). Unchanged links are left out. Pure: the server's changes
 * endpoint and the app both read it.
 */
import { shareTextOf } from "../model/stated-share";
import type { SerializedEdge, WireGraph } from "../wire/graph-wire-types";

export type LinkChangeKind = "appeared" | "ended" | "changed";
export type ChainSide = "up" | "down";

export interface LinkChange {
  kind: LinkChangeKind;
  /** Along the chain up (owners, controllers) or down (holdings). */
  side: ChainSide;
  type: string;
  fromKey: string;
  toKey: string;
  /** The link as of the first day, and as of the second (edge keys); null where there is none. */
  beforeKey: string | null;
  afterKey: string | null;
  /** The stated share worded ("40%", "unknown"), null for a link that states none. */
  shareBefore: string | null;
  shareAfter: string | null;
  /** The sources both cite, each once (the first day's first). */
  sourceIds: string[];
}

function stringProperty(edge: SerializedEdge, name: string): string {
  const value = edge.attributes.properties[name];
  return typeof value === "string" ? value : "";
}

/** What a link states apart from its share and dates: two versions of it share this. */
function linkIdentity(edge: SerializedEdge): string {
  const { type } = edge.attributes;
  const what = ["interestType", "controlType", "role", "listName"]
    .map((name) => stringProperty(edge, name))
    .join("|");
  return `${type}|${edge.source}|${edge.target}|${what}`;
}

function shareOf(edge: SerializedEdge | undefined): string | null {
  return edge === undefined ? null : shareTextOf(edge.attributes.type, edge.attributes.properties);
}

function sourceIdsOf(edges: readonly (SerializedEdge | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const edge of edges) {
    const listed = edge?.attributes.properties["sourceIds"];
    if (!Array.isArray(listed)) continue;
    for (const id of listed) if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}

function grouped(graph: WireGraph): Map<string, SerializedEdge[]> {
  const groups = new Map<string, SerializedEdge[]>();
  for (const edge of graph.edges) {
    const identity = linkIdentity(edge);
    const group = groups.get(identity);
    if (group === undefined) groups.set(identity, [edge]);
    else group.push(edge);
  }
  return groups;
}

function change(
  side: ChainSide,
  before: SerializedEdge | undefined,
  after: SerializedEdge | undefined,
): LinkChange | null {
  const edge = after ?? before;
  if (edge === undefined) return null;
  if (before !== undefined && after !== undefined) {
    if (before.key === after.key || shareOf(before) === shareOf(after)) return null;
  }
  return {
    kind: before === undefined ? "appeared" : after === undefined ? "ended" : "changed",
    side,
    type: edge.attributes.type,
    fromKey: edge.source,
    toKey: edge.target,
    beforeKey: before?.key ?? null,
    afterKey: after?.key ?? null,
    shareBefore: shareOf(before),
    shareAfter: shareOf(after),
    sourceIds: sourceIdsOf([before, after]),
  };
}

const KIND_ORDER: Record<LinkChangeKind, number> = { appeared: 0, changed: 1, ended: 2 };

/** The changes between the links as of the first day (`before`) and the second (`after`). */
export function linkChanges(before: WireGraph, after: WireGraph, side: ChainSide): LinkChange[] {
  const earlier = grouped(before);
  const later = grouped(after);
  const changes: LinkChange[] = [];
  for (const identity of new Set([...earlier.keys(), ...later.keys()])) {
    const was = earlier.get(identity) ?? [];
    const is = later.get(identity) ?? [];
    for (let index = 0; index < Math.max(was.length, is.length); index += 1) {
      const found = change(side, was[index], is[index]);
      if (found !== null) changes.push(found);
    }
  }
  return changes.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.fromKey.localeCompare(b.fromKey) ||
      a.toKey.localeCompare(b.toKey) ||
      a.type.localeCompare(b.type),
  );
}
