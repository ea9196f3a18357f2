/**
 * Checks the query-string parameters of the explorer's endpoints and turns them into Cypher
 * parameters. Anything wrong is a 400 that names the parameter and says what it must be.
 */
import neo4j, { type Integer } from "neo4j-driver";
import { ApiError } from "../query/query-errors";
import { RELATIONSHIP_TYPES } from "../../domain/model";
import { DatasetIdError, checkDatasetId } from "../../domain/ingest";
import { isDay, todayUtc } from "../../domain/time";

export const INVALID_PARAMETER = "Ownergraph.InvalidParameter";
export const MAX_ID_LENGTH = 300;

export type QueryString = Record<string, unknown>;

function invalid(message: string): ApiError {
  return new ApiError(400, INVALID_PARAMETER, message);
}

/** The values of a parameter that may be given once or repeated (`?ids=a&ids=b`). */
function values(query: QueryString, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item !== "string") throw invalid(`"${name}" must be text.`);
    return item;
  });
}

function single(query: QueryString, name: string): string | undefined {
  const list = values(query, name);
  if (list.length > 1) throw invalid(`"${name}" is given ${list.length} times; give it once.`);
  return list[0];
}

export function checkEntityId(value: string | undefined, name: string): string {
  const id = value?.trim() ?? "";
  if (id === "") throw invalid(`"${name}" must be an entity id (the "id" property), not empty.`);
  if (id.length > MAX_ID_LENGTH) {
    throw invalid(
      `"${name}" is ${id.length} characters long; an entity id has at most ${MAX_ID_LENGTH}.`,
    );
  }
  return id;
}

export function requiredEntityId(query: QueryString, name: string): string {
  return checkEntityId(single(query, name), name);
}

/** A list of entity ids, repeated (`?ids=a&ids=b`) or comma-separated (`?ids=a,b`). */
export function entityIdList(query: QueryString, name: string, max: number): string[] {
  const ids = values(query, name)
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length === 0) throw invalid(`"${name}" must list at least one entity id.`);
  if (ids.length > max)
    throw invalid(`"${name}" lists ${ids.length} ids; at most ${max} at a time.`);
  return [...new Set(ids.map((id) => checkEntityId(id, name)))];
}

/** A whole number within bounds, as a Neo4j integer (Cypher's SKIP and LIMIT want one). */
export function integerParam(
  query: QueryString,
  name: string,
  bounds: { min: number; max: number; fallback: number },
): Integer {
  const text = single(query, name);
  if (text === undefined || text === "") return neo4j.int(bounds.fallback);
  if (!/^\d+$/.test(text.trim())) {
    throw invalid(
      `"${name}" is "${text}"; it must be a whole number from ${bounds.min} to ${bounds.max}.`,
    );
  }
  const value = Number(text);
  if (value < bounds.min || value > bounds.max) {
    throw invalid(`"${name}" is ${value}; it must be from ${bounds.min} to ${bounds.max}.`);
  }
  return neo4j.int(value);
}

/** Relationship types to keep, repeated or comma-separated; empty means every type. */
export function relationshipTypes(query: QueryString, name: string): string[] {
  const types = values(query, name)
    .flatMap((value) => value.split(","))
    .map((type) => type.trim())
    .filter((type) => type !== "");
  // The types of the model (docs/model.md), the same list the seed validator checks against.
  const known: readonly string[] = RELATIONSHIP_TYPES;
  const unknown = types.filter((type) => !known.includes(type));
  if (unknown.length > 0) {
    throw invalid(
      `"${name}" holds ${unknown.map((type) => `"${type}"`).join(", ")}; relationship types are ${known.join(", ")}.`,
    );
  }
  return [...new Set(types)];
}

export type Direction = "out" | "in" | "both";

export function directionParam(query: QueryString, name: string): Direction {
  const text = single(query, name) ?? "both";
  if (text === "out" || text === "in" || text === "both") return text;
  throw invalid(`"${name}" is "${text}"; it must be "out", "in" or "both".`);
}

export function searchText(query: QueryString, name: string, maxLength: number): string {
  const text = single(query, name) ?? "";
  if (text.trim() === "") throw invalid(`"${name}" must hold the text to search for.`);
  if (text.length > maxLength) {
    throw invalid(`"${name}" is ${text.length} characters long; search with at most ${maxLength}.`);
  }
  return text;
}

/** Most datasets one request may hide. */
export const MAX_HIDDEN_DATASETS = 100;

/**
 * The datasets whose entities and relationships an explorer request leaves out (`?hide=a,b`,
 * or repeated): dataset ids, none when absent. The seed may be hidden like any other.
 */
export function hiddenDatasets(query: QueryString, name = "hide"): string[] {
  const ids = values(query, name)
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length > MAX_HIDDEN_DATASETS) {
    throw invalid(`"${name}" lists ${ids.length} datasets; hide at most ${MAX_HIDDEN_DATASETS}.`);
  }
  for (const id of ids) {
    try {
      checkDatasetId(id);
    } catch (error) {
      if (error instanceof DatasetIdError) throw invalid(`"${name}": ${error.message}`);
      throw error;
    }
  }
  return [...new Set(ids)];
}

/** A day parameter ("YYYY-MM-DD", a real calendar day), or null when the request gives none. */
export function dayParam(query: QueryString, name: string): string | null {
  const text = single(query, name);
  if (text === undefined) return null;
  if (!isDay(text)) {
    throw invalid(`${name} must be a day written YYYY-MM-DD, e.g. 2019-07-22 (got "${text}").`);
  }
  return text;
}

/**
 * The day an explorer request filters relationships on: `asOf`, else today in UTC (so the
 * latest view leaves out relationships that ended and BODS versions since superseded).
 */
export function asOfDay(query: QueryString, now: Date = new Date()): string {
  return dayParam(query, "asOf") ?? todayUtc(now);
}
