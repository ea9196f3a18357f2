/**
 * Records joined across datasets (SAME_AS, the registry's `identity` chain role) are one entity
 * to the chain arithmetic: every record of a group stands for the group's one key (the root's
 * own key when the root is in the group, else the group's first key in sort order), so an
 * identity link adds no step, no share and no owner. Links that only the join brought together
 * (two datasets stating the same kind of link between the same two entities) are one claim: the
 * links of one dataset count and the others are set aside, never added up.
 */
import { chainRoleOf } from "../model";
import type { SerializedEdge, WireGraph } from "../wire/graph-wire-types";

export interface JoinedRecordGroup {
  /** The key that stands for the group in the chain's ends and paths. */
  key: string;
  /** Every record of the group, that key first. */
  memberKeys: string[];
}

export interface JoinedChainGraph {
  /** The graph with each group's records folded into its key, identity links left out. */
  graph: WireGraph;
  groups: JoinedRecordGroup[];
  /** Links of another dataset that state what a counted link states (same type, same ends). */
  setAsideEdgeKeys: string[];
}

function groupsOf(graph: WireGraph): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== undefined && parent.get(root) !== root) {
      root = parent.get(root) ?? root;
    }
    parent.set(key, root);
    return root;
  };
  for (const edge of graph.edges) {
    if (chainRoleOf(edge.attributes.type) !== "identity") continue;
    const a = find(edge.source);
    const b = find(edge.target);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    groups.set(root, [...(groups.get(root) ?? []), key]);
  }
  return groups;
}

function datasetOf(edge: SerializedEdge): string {
  const dataset = edge.attributes.properties["dataset"];
  return typeof dataset === "string" ? dataset : "";
}

/** Folds joined records into one key each; a graph without identity links comes back as is. */
export function foldJoinedRecords(graph: WireGraph, rootKey: string): JoinedChainGraph {
  const groups: JoinedRecordGroup[] = [];
  const keyOf = new Map<string, string>();
  for (const members of groupsOf(graph).values()) {
    const sorted = [...members].sort();
    const key = sorted.includes(rootKey) ? rootKey : (sorted[0] ?? "");
    groups.push({ key, memberKeys: [key, ...sorted.filter((member) => member !== key)] });
    for (const member of sorted) keyOf.set(member, key);
  }
  if (groups.length === 0) return { graph, groups, setAsideEdgeKeys: [] };
  const folded = (key: string) => keyOf.get(key) ?? key;

  // Per type and pair of (folded) ends, the datasets stating a link; the first in id order counts.
  const counted = new Map<string, string>();
  const pairOf = (edge: SerializedEdge) =>
    `${edge.attributes.type} ${folded(edge.source)} ${folded(edge.target)}`;
  for (const edge of graph.edges) {
    if (chainRoleOf(edge.attributes.type) === "identity") continue;
    const pair = pairOf(edge);
    const current = counted.get(pair);
    if (current === undefined || datasetOf(edge) < current) counted.set(pair, datasetOf(edge));
  }
  const edges: SerializedEdge[] = [];
  const setAsideEdgeKeys: string[] = [];
  for (const edge of graph.edges) {
    if (chainRoleOf(edge.attributes.type) === "identity") continue;
    const source = folded(edge.source);
    const target = folded(edge.target);
    if (source === target) continue;
    if (counted.get(pairOf(edge)) !== datasetOf(edge)) {
      setAsideEdgeKeys.push(edge.key);
      continue;
    }
    edges.push(
      source === edge.source && target === edge.target ? edge : { ...edge, source, target },
    );
  }
  const nodes = graph.nodes.filter((node) => folded(node.key) === node.key);
  return { graph: { nodes, edges }, groups, setAsideEdgeKeys };
}
