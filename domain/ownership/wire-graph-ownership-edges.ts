/**
 * Adapter from the wire format (graphology's serialized graph) to chain links, by each type's
 * chain role in the model registry (domain/model/relationship-types.ts): `ownership` types (OWNS)
 * become ownership links, `control` types (CONTROLS, SUPPLIES, PERFORMED_AT) control links; the
 * rest are not part of ownership or control chains and are left out.
 */
import type { Properties, SerializedEdge, WireGraph } from "../wire/graph-wire-types";
import { chainRoleOf, NON_ECONOMIC_INTEREST_TYPES, statedShare } from "../model";
import type { ChainEdge, DirectOrIndirect, OwnershipChainEdge } from "./chain-edge";
import { OwnershipInputError } from "./ownership-errors";
import type { StatedShare } from "./share";

function describeEdge(edge: SerializedEdge): string {
  const id = edge.attributes.properties["id"];
  const named = typeof id === "string" ? ` "${id}"` : "";
  return `Relationship ${edge.attributes.type}${named} (key ${edge.key})`;
}

function withEdgeContext<T>(edge: SerializedEdge, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof OwnershipInputError) {
      throw new OwnershipInputError(`${describeEdge(edge)}: ${error.message}`);
    }
    throw error;
  }
}

function shareOf(edge: SerializedEdge): StatedShare {
  return withEdgeContext(edge, () => statedShare(edge.attributes.properties));
}

function stringProperty(properties: Properties, name: string): string | null {
  const value = properties[name];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return null;
}

function directOrIndirectOf(edge: SerializedEdge): DirectOrIndirect {
  const value = edge.attributes.properties["directOrIndirect"];
  if (value === undefined || value === null) return "unknown";
  if (value === "direct" || value === "indirect" || value === "unknown") return value;
  throw new OwnershipInputError(
    `${describeEdge(edge)} has directOrIndirect = ${JSON.stringify(value)}; it must be ` +
      `"direct", "indirect" or "unknown". Correct the import that wrote it.`,
  );
}

function componentIdsOf(edge: SerializedEdge): string[] {
  const value = edge.attributes.properties["componentIds"];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) {
    return value.flatMap((item) => (typeof item === "string" ? [item] : []));
  }
  throw new OwnershipInputError(
    `${describeEdge(edge)} has componentIds = ${JSON.stringify(value)}; it must be a list of ` +
      `relationship ids. Correct the import that wrote it.`,
  );
}

/** Which of one party's interests in another the chain counts: the lowest rank. */
function interestRank(properties: Properties): number {
  const type = properties["interestType"];
  if (type === undefined || type === null || type === "shareholding") return 0;
  return typeof type === "string" && NON_ECONOMIC_INTEREST_TYPES.includes(type) ? 2 : 1;
}

/**
 * One party's interests in another, stated side by side (BODS: a shareholding of 80 % and
 * voting rights of 80 %), are one stake, not two to add up: of the ownership links with the
 * same ends and the same directness, only the one of the lowest interest rank stays (the first
 * of them when ranks tie).
 */
function oneStakePerPair(edges: ChainEdge[], ranks: ReadonlyMap<string, number>): ChainEdge[] {
  const kept = new Map<string, OwnershipChainEdge>();
  for (const edge of edges) {
    if (edge.kind !== "ownership") continue;
    const pair = `${edge.from}\u0000${edge.to}\u0000${edge.directOrIndirect}`;
    const held = kept.get(pair);
    if (held === undefined || (ranks.get(edge.key) ?? 0) < (ranks.get(held.key) ?? 0)) {
      kept.set(pair, edge);
    }
  }
  if (kept.size === edges.filter((edge) => edge.kind === "ownership").length) return edges;
  const keys = new Set([...kept.values()].map((edge) => edge.key));
  return edges.filter((edge) => edge.kind !== "ownership" || keys.has(edge.key));
}

/**
 * The chain links of a wire graph, in the order of its edges. Each link is written out as one
 * object literal: an object spread here cost microseconds per link on V8, the bulk of this step.
 */
export function ownershipEdgesFromWireGraph(graph: WireGraph): ChainEdge[] {
  const edges: ChainEdge[] = [];
  const ranks = new Map<string, number>();
  for (const edge of graph.edges) {
    const type = edge.attributes.type;
    const role = chainRoleOf(type);
    if (role === "none") continue;
    const isOwnership = role === "ownership";
    const properties = edge.attributes.properties;
    const key = edge.key;
    const id = stringProperty(properties, "id");
    const directOrIndirect = directOrIndirectOf(edge);
    const componentIds = componentIdsOf(edge);
    if (isOwnership && properties["interestType"] !== undefined) {
      ranks.set(key, interestRank(properties));
    }
    edges.push(
      isOwnership
        ? {
            key,
            id,
            from: edge.source,
            to: edge.target,
            relationshipType: type,
            directOrIndirect,
            componentIds,
            kind: "ownership",
            share: shareOf(edge),
          }
        : {
            key,
            id,
            from: edge.source,
            to: edge.target,
            relationshipType: type,
            directOrIndirect,
            componentIds,
            kind: "control",
            controlType: stringProperty(properties, "controlType"),
          },
    );
  }
  return oneStakePerPair(edges, ranks);
}
