import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
  type Node,
  type Relationship,
} from "neo4j-driver";
import type { CellValue, Properties, PropertyValue } from "../../domain/wire/graph-wire-types";

/**
 * Turns a Neo4j property value into JSON without losing anything or changing its type: a float
 * is a JSON number (3.0 too), an integer always the tagged `{ $type: "Integer", value }` with
 * its exact decimal text, temporal values Neo4j's ISO text, each tagged with its type.
 */
export function toPropertyValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return { $type: "Integer", value: value.toString() };
  if (neo4j.isInt(value)) return integerValue(value);
  // Lists (names, sourceIds, quotes) are common; the temporal checks below are not free.
  if (Array.isArray(value)) return value.map(toPropertyValue);
  if (isDate(value)) return { $type: "Date", value: value.toString() };
  if (isDateTime(value)) return { $type: "DateTime", value: value.toString() };
  if (isLocalDateTime(value)) return { $type: "LocalDateTime", value: value.toString() };
  if (isTime(value)) return { $type: "Time", value: value.toString() };
  if (isLocalTime(value)) return { $type: "LocalTime", value: value.toString() };
  if (isDuration(value)) return { $type: "Duration", value: durationText(value.toString()) };
  if (isPoint(value)) {
    const point = {
      $type: "Point" as const,
      srid: neo4j.integer.toNumber(value.srid),
      x: value.x,
      y: value.y,
    };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  if (value instanceof Uint8Array)
    return { $type: "Bytes", base64: Buffer.from(value).toString("base64") };
  if (typeof value === "object") {
    const out: Record<string, PropertyValue> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPropertyValue(inner);
    return out;
  }
  return String(value);
}

function integerValue(value: Integer): PropertyValue {
  return { $type: "Integer", value: value.toString() };
}

/**
 * The driver writes a duration without a time part with a dangling "T" ("P1Y2MT", "P1DT"),
 * which is not ISO 8601 and which Neo4j's own duration() refuses; drop it.
 */
function durationText(driverText: string): string {
  return driverText.endsWith("T") ? driverText.slice(0, -1) : driverText;
}

/** A value that is JSON as the driver gives it: text, a boolean, a finite number. */
function isJsonScalar(value: unknown): boolean {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/**
 * The properties of a node or relationship as JSON. Most hold only text, floats and lists of
 * text: then the driver's own object is answered as it is, without a copy (the copies were a
 * good part of reading a large chain). Anything else is converted into a new object.
 */
export function toProperties(properties: Record<string, unknown>): Properties {
  let ready = true;
  for (const key in properties) {
    const value = properties[key];
    if (isJsonScalar(value) || (Array.isArray(value) && value.every(isJsonScalar))) continue;
    ready = false;
    break;
  }
  if (ready) return properties as Properties;
  const out: Properties = {};
  for (const key in properties) out[key] = toPropertyValue(properties[key]);
  return out;
}

/**
 * Collects every node and relationship met while converting result values. Each add answers the
 * element's converted properties (shared with the cell, so they are converted once), or null
 * when the collector keeps no more elements.
 */
export interface GraphCollector {
  addNode(node: Node): Properties | null;
  addRelationship(relationship: Relationship): Properties | null;
}

/** A result cell as JSON; nodes, relationships and paths are also handed to `collector`. */
export function toCellValue(value: unknown, collector: GraphCollector): CellValue {
  // Scalars first: they are most cells, and the graph checks below cost more.
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return toPropertyValue(value);
  if (neo4j.isInt(value)) return integerValue(value);
  if (isNode(value)) {
    return {
      $type: "Node",
      elementId: value.elementId,
      labels: [...value.labels],
      properties: collector.addNode(value) ?? toProperties(value.properties),
    };
  }
  if (isRelationship(value)) {
    return {
      $type: "Relationship",
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: collector.addRelationship(value) ?? toProperties(value.properties),
    };
  }
  if (isPath(value)) {
    const nodes = [value.start.elementId];
    const relationships: string[] = [];
    collector.addNode(value.start);
    for (const segment of value.segments) {
      collector.addRelationship(segment.relationship);
      collector.addNode(segment.end);
      relationships.push(segment.relationship.elementId);
      nodes.push(segment.end.elementId);
    }
    return { $type: "Path", nodes, relationships };
  }
  if (Array.isArray(value)) return value.map((item) => toCellValue(item, collector));
  if (value !== null && typeof value === "object" && isPlainRecord(value)) {
    const out: Record<string, CellValue> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toCellValue(inner, collector);
    return out;
  }
  return toPropertyValue(value);
}

function isPlainRecord(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
