/**
 * Adapter from the wire format (graphology's serialized graph) to chain links: OWNS becomes an
 * ownership link; CONTROLS, SUPPLIES and PERFORMED_AT become control links; other relationship
 * types are not part of ownership or control chains and are left out.
 */
import type {
  PropertyValue,
  Properties,
  SerializedEdge,
  WireGraph,
} from "../graph/graph-wire-types";
import type { ChainEdge, DirectOrIndirect } from "./chain-edge";
import { OwnershipInputError } from "./ownership-errors";
import { UNKNOWN_STATED_SHARE, exactShare, rangeShare, type StatedShare } from "./share";

export const OWNERSHIP_RELATIONSHIP_TYPES: readonly string[] = ["OWNS"];
export const CONTROL_RELATIONSHIP_TYPES: readonly string[] = [
  "CONTROLS",
  "SUPPLIES",
  "PERFORMED_AT",
];

function describeEdge(edge: SerializedEdge): string {
  const id = edge.attributes.properties["id"];
  const named = typeof id === "string" ? ` "${id}"` : "";
  return `Relationship ${edge.attributes.type}${named} (key ${edge.key})`;
}

function numberProperty(edge: SerializedEdge, name: string): number | null {
  const value: PropertyValue | undefined = edge.attributes.properties[name];
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return value;
  if (typeof value === "object" && !Array.isArray(value) && value["$type"] === "Integer") {
    const text = value["value"];
    if (typeof text === "string" && Number.isFinite(Number(text))) return Number(text);
  }
  throw new OwnershipInputError(
    `${describeEdge(edge)} has ${name} = ${JSON.stringify(value)}; it must be a number from 0 ` +
      `to 100 or null. Correct the import that wrote it.`,
  );
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
  const exact = numberProperty(edge, "shareExact");
  const min = numberProperty(edge, "shareMin");
  const max = numberProperty(edge, "shareMax");
  return withEdgeContext(edge, () => {
    if (exact !== null) {
      if ((min !== null && exact < min) || (max !== null && exact > max)) {
        throw new OwnershipInputError(
          `shareExact ${String(exact)} lies outside shareMin–shareMax ` +
            `${String(min ?? 0)}–${String(max ?? 100)}; keep one consistent statement.`,
        );
      }
      return exactShare(exact);
    }
    if (min === null && max === null) return UNKNOWN_STATED_SHARE;
    return rangeShare(min ?? 0, max ?? 100);
  });
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

/**
 * The chain links of a wire graph, in the order of its edges. Each link is written out as one
 * object literal: an object spread here cost microseconds per link on V8, the bulk of this step.
 */
export function ownershipEdgesFromWireGraph(graph: WireGraph): ChainEdge[] {
  const edges: ChainEdge[] = [];
  for (const edge of graph.edges) {
    const type = edge.attributes.type;
    const isOwnership = OWNERSHIP_RELATIONSHIP_TYPES.includes(type);
    if (!isOwnership && !CONTROL_RELATIONSHIP_TYPES.includes(type)) continue;
    const properties = edge.attributes.properties;
    const key = edge.key;
    const id = stringProperty(properties, "id");
    const directOrIndirect = directOrIndirectOf(edge);
    const componentIds = componentIdsOf(edge);
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
  return edges;
}
