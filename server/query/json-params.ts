import neo4j from "neo4j-driver";
import { isTaggedValue } from "../../domain/graph/graph-wire-types";

/**
 * JSON parameters as Neo4j expects them: whole numbers become Cypher integers (JSON has only
 * floats, and `LIMIT $n` needs an integer), and tagged values (`{ "$type": "Integer", "value":
 * "9007199254740993" }`, dates, durations) become the Neo4j types they name.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toNeo4jValue(value);
  return out;
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (isTaggedValue(value)) {
    switch (value.$type) {
      case "Integer":
        return neo4j.int(value.value);
      case "Date": {
        const [year, month, day] = value.value.split("-").map(Number);
        return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
      }
      case "Point":
        return value.z === undefined
          ? new neo4j.types.Point(value.srid, value.x, value.y)
          : new neo4j.types.Point(value.srid, value.x, value.y, value.z);
      default:
        // Other temporal types travel as their ISO text; Cypher's date()/datetime() read it.
        return "value" in value ? value.value : null;
    }
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jValue(inner);
    return out;
  }
  return value;
}
