import neo4j from "neo4j-driver";
import {
  isTaggedValue,
  isTemporalTypeName,
  type TemporalTypeName,
} from "../../domain/wire/graph-wire-types";
import {
  TemporalTextError,
  parseTemporalText,
  type TemporalParts,
} from "../../domain/console/temporal-text";
import { INVALID_PARAMS_CODE } from "../../domain/console/console-wire-types";
import { ApiError } from "./query-errors";

/**
 * JSON parameters as Neo4j expects them: whole numbers become Cypher integers (JSON has only
 * floats, and `LIMIT $n` needs an integer), other numbers floats, and tagged values (`{ "$type":
 * "Integer", "value": "9007199254740993" }`, `{ "$type": "Float", "value": "1.0" }` as the
 * lossless parser reads `1.0`, `{ "$type": "DateTime", "value": "2024-05-31T13:45:00+08:00" }`,
 * durations, points) become the Neo4j types they name. A tagged value that does not read as its
 * type is a 400 naming the parameter, before anything reaches Neo4j.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toNeo4jValue(value, `$${key}`);
  return out;
}

function toNeo4jValue(value: unknown, where: string): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value))
    return value.map((item, index) => toNeo4jValue(item, `${where}[${index}]`));
  if (isTaggedValue(value)) {
    if (value.$type === "Integer") return neo4j.int(value.value);
    if ((value.$type as string) === "Float") return floatValue(value, where);
    if (value.$type === "Point") {
      return value.z === undefined
        ? new neo4j.types.Point(value.srid, value.x, value.y)
        : new neo4j.types.Point(value.srid, value.x, value.y, value.z);
    }
    if (isTemporalTypeName(value.$type) && "value" in value) {
      return temporalValue(value.$type, value.value, where);
    }
    throw badParameter(
      where,
      `{ "$type": "${value.$type}" } is not a type the console can send. Use Integer, Float, Date, DateTime, LocalDateTime, Time, LocalTime, Duration or Point, or drop "$type" to send a map.`,
    );
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      out[key] = toNeo4jValue(inner, `${where}.${key}`);
    return out;
  }
  return value;
}

/** A float given as `{ "$type": "Float", "value": "1.0" }` (or a number): a JS number, sent as FLOAT. */
function floatValue(value: object, where: string): number {
  const given = (value as { value?: unknown }).value;
  const float = typeof given === "string" && given.trim() !== "" ? Number(given) : given;
  if (typeof float !== "number" || Number.isNaN(float)) {
    throw badParameter(where, `the "value" of a Float must be a number, e.g. "1.0".`);
  }
  return float;
}

function temporalValue(type: TemporalTypeName, text: unknown, where: string): unknown {
  if (typeof text !== "string") {
    throw badParameter(where, `the "value" of a ${type} must be its ISO-8601 text.`);
  }
  let parts: TemporalParts;
  try {
    parts = parseTemporalText(type, text);
  } catch (error) {
    if (error instanceof TemporalTextError) throw badParameter(where, error.message);
    throw error;
  }
  const { types } = neo4j;
  switch (parts.type) {
    case "Date":
      return new types.Date(parts.year, parts.month, parts.day);
    case "LocalTime":
      return new types.LocalTime(parts.hour, parts.minute, parts.second, parts.nanosecond);
    case "Time":
      return new types.Time(
        parts.hour,
        parts.minute,
        parts.second,
        parts.nanosecond,
        parts.offsetSeconds,
      );
    case "LocalDateTime":
      return new types.LocalDateTime(
        parts.year,
        parts.month,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
        parts.nanosecond,
      );
    case "DateTime":
      return new types.DateTime(
        parts.year,
        parts.month,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
        parts.nanosecond,
        parts.offsetSeconds ?? undefined,
        parts.zoneId ?? undefined,
      );
    case "Duration":
      return new types.Duration(parts.months, parts.days, parts.seconds, parts.nanoseconds);
  }
}

function badParameter(where: string, why: string): ApiError {
  return new ApiError(
    400,
    INVALID_PARAMS_CODE,
    `Parameter ${where}: ${why} Nothing was sent to Neo4j.`,
  );
}
