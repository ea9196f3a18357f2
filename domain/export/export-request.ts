import type { WireGraph } from "../wire/graph-wire-types";
import type { ExportDisplayState, ExportFormat } from "./export-format-types";
import {
  EXPORT_FORMATS,
  exportFormatList,
  getExportFormat,
  UnknownExportFormatError,
  type ExportFormatId,
} from "./export-formats";
import { readDisplayState, readWireGraph } from "./export-request-graph";
import { badExportRequest, ExportRequestError } from "./export-request-error";
import { readReportChanges, type ReportChanges } from "./report-changes";
import { isDay } from "../time/partial-date";

/**
 * What one export asks for, from the HTTP body or the command line: a format, and the graph to
 * export, given one of three ways: a read-only Cypher query, a list of node ids (the subgraph
 * among them), or the graph itself (what the browser has on screen, with how it is drawn).
 * `readExportRequest` is the one place an untyped request becomes this value.
 */

/** A query's parameters as sent; the server reads them into Neo4j values (losslessly). */
export type QueryParameters =
  | { given: "object"; value: Readonly<Record<string, unknown>> }
  /** The text of a JSON object, e.g. the console's parameter box or `--params`. */
  | { given: "text"; text: string };

export type ExportSource =
  | { kind: "query"; query: string; params: QueryParameters }
  | { kind: "nodes"; ids: string[] }
  | { kind: "graph"; graph: WireGraph; display: ExportDisplayState | null };

export interface ExportRequest {
  format: ExportFormat<ExportFormatId>;
  source: ExportSource;
  title: string | null;
  /** The entity whose ownership chains the report shows (entity id or node key). */
  focus: string | null;
  /** Formats with several files: answer this one alone (one of the format's `parts`). */
  part: string | null;
  /** Rasters: device pixels per picture pixel, 0.5 to 4. */
  scale: number;
  /** Data formats: add the Source nodes the relationships cite (default true). */
  withSources: boolean;
  /**
   * The day the export shows ("YYYY-MM-DD"): only relationships that may have held then are
   * exported; null: latest (today).
   */
  asOf: string | null;
  /** Reports: what changed between two days, as the explorer shows it; null for none. */
  changes: ReportChanges | null;
}

export const MAX_QUERY_LENGTH = 100_000;
export const MAX_TITLE_LENGTH = 300;
export const MIN_RASTER_SCALE = 0.5;
export const MAX_RASTER_SCALE = 4;
export const DEFAULT_RASTER_SCALE = 2;
const EXAMPLE =
  '{ "format": "graphml", "query": "MATCH p = (:Entity)-[:OWNS]->(:Entity) RETURN p LIMIT 50" }';

function readFormat(value: unknown): ExportFormat<ExportFormatId> {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ExportRequestError(
      "Ownergraph.UnknownExportFormat",
      `The field "format" is missing. Choose one of: ${exportFormatList()}.`,
    );
  }
  try {
    return getExportFormat(value);
  } catch (error) {
    if (error instanceof UnknownExportFormatError) {
      throw new ExportRequestError("Ownergraph.UnknownExportFormat", error.message);
    }
    throw error;
  }
}

function optionalText(body: Record<string, unknown>, field: string, max: number): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw badExportRequest(`The field "${field}" must be a string.`);
  if (value.length > max) {
    throw badExportRequest(`The field "${field}" is longer than ${max} characters.`);
  }
  return value.trim() === "" ? null : value;
}

function readParams(params: unknown, paramsText: unknown): QueryParameters {
  const bad = (message: string) => new ExportRequestError("Ownergraph.BadRequest", message);
  if (params !== undefined && paramsText !== undefined) {
    throw bad('Send either "params" (a JSON object) or "paramsText" (its text), not both.');
  }
  if (paramsText !== undefined) {
    if (typeof paramsText !== "string") {
      throw bad('The field "paramsText" must be a string holding a JSON object.');
    }
    return { given: "text", text: paramsText };
  }
  if (params === undefined) return { given: "object", value: {} };
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw bad(
      'The field "params" must be a JSON object mapping parameter names to values, e.g. { "id": "aisino" }.',
    );
  }
  return { given: "object", value: params as Record<string, unknown> };
}

function readSource(body: Record<string, unknown>, maxIds: number): ExportSource {
  const given = ["query", "nodes", "graph"].filter((field) => body[field] !== undefined);
  if (given.length !== 1) {
    throw badExportRequest(
      `Say what to export with exactly one of "query" (Cypher), "nodes" (entity or element ids) ` +
        `or "graph" (a wire graph)${given.length > 1 ? `, not ${given.join(" and ")}` : ""}. ` +
        `Example: ${EXAMPLE}`,
    );
  }
  if (body.query !== undefined) {
    const query = body.query;
    if (typeof query !== "string" || query.trim() === "") {
      throw badExportRequest('The field "query" must be a non-empty string of Cypher.');
    }
    if (query.length > MAX_QUERY_LENGTH) {
      throw badExportRequest(`The query is longer than ${MAX_QUERY_LENGTH} characters.`);
    }
    return { kind: "query", query, params: readParams(body.params, body.paramsText) };
  }
  if (body.params !== undefined) throw badExportRequest('"params" goes with "query" only.');
  if (body.nodes !== undefined) return { kind: "nodes", ids: readIds(body.nodes, maxIds) };
  return {
    kind: "graph",
    graph: readWireGraph(body.graph),
    display: body.display === undefined ? null : readDisplayState(body.display),
  };
}

function readIds(value: unknown, maxIds: number): string[] {
  const list = typeof value === "string" ? value.split(",") : value;
  if (!Array.isArray(list) || list.some((id) => typeof id !== "string")) {
    throw badExportRequest('The field "nodes" must be a list of entity ids or element ids.');
  }
  const ids = [...new Set((list as string[]).map((id) => id.trim()).filter((id) => id !== ""))];
  if (ids.length === 0) throw badExportRequest('The field "nodes" names no node.');
  if (ids.length > maxIds) {
    throw new ExportRequestError(
      "Ownergraph.ExportTooLarge",
      `"nodes" names ${ids.length} nodes; an export takes at most ${maxIds}. Export fewer.`,
    );
  }
  return ids;
}

function quotedList(words: readonly string[], last: string): string {
  const quoted = words.map((word) => `"${word}"`);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} ${last} ${quoted[quoted.length - 1] ?? ""}`;
}

function readPart(value: unknown, format: ExportFormat): string | null {
  if (value === undefined || value === null) return null;
  if (format.parts.length === 0) {
    const several = EXPORT_FORMATS.filter((candidate) => candidate.parts.length > 0);
    const ids = several.map((candidate) => candidate.id).join(", ");
    throw badExportRequest(`"part" applies to the ${ids} format only.`);
  }
  const parts = format.parts.map((part) => part.part);
  if (typeof value !== "string" || !parts.includes(value)) {
    throw badExportRequest(`"part" must be ${quotedList(parts, "or")}.`);
  }
  return value;
}

function readScale(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_RASTER_SCALE;
  const range = `${MIN_RASTER_SCALE} to ${MAX_RASTER_SCALE}`;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw badExportRequest(`"scale" must be a number from ${range}.`);
  }
  if (value < MIN_RASTER_SCALE || value > MAX_RASTER_SCALE) {
    throw badExportRequest(`"scale" must be from ${range}; it is ${value}.`);
  }
  return value;
}

function readAsOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || !isDay(value)) {
    throw badExportRequest(
      `"asOf" must be a day written YYYY-MM-DD, e.g. 2019-07-22 (got ${JSON.stringify(value)}).`,
    );
  }
  return value;
}

function readFlag(body: Record<string, unknown>, field: string, fallback: boolean): boolean {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw badExportRequest(`"${field}" must be true or false.`);
  return value;
}

/**
 * Reads and checks a request body; every problem is an `ExportRequestError` that says what to
 * send. `maxIds` caps the ids a `nodes` request may name.
 */
export function readExportRequest(body: unknown, maxIds: number): ExportRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badExportRequest(`Send a JSON object, e.g. ${EXAMPLE}`);
  }
  const record = body as Record<string, unknown>;
  const format = readFormat(record.format);
  return {
    format,
    source: readSource(record, maxIds),
    title: optionalText(record, "title", MAX_TITLE_LENGTH),
    focus: optionalText(record, "focus", 1_000),
    part: readPart(record.part, format),
    scale: readScale(record.scale),
    withSources: readFlag(record, "withSources", true),
    asOf: readAsOf(record.asOf),
    changes: readReportChanges(record.changes),
  };
}
