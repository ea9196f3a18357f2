import {
  EXPORT_FORMATS,
  getExportFormat,
  UnknownExportFormatError,
  type ExportFormatId,
  type SvgEdgeDisplay,
  type SvgNodeDisplay,
  type SvgViewport,
} from "../../domain/export";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { readConsoleParams } from "../query/console-params";
import { ApiError } from "../query/query-errors";
import { readDisplayState, readWireGraph } from "./wire-input";

/**
 * What one export asks for, from the HTTP body or the command line: a format, and the graph to
 * export, given one of three ways: a read-only Cypher query, a list of node ids (the subgraph
 * among them), or the graph itself (what the browser has on screen, with how it is drawn).
 */

export interface ExportDisplayState {
  nodes: ReadonlyMap<string, SvgNodeDisplay>;
  edges: ReadonlyMap<string, SvgEdgeDisplay>;
  viewport: SvgViewport;
}

export type ExportSource =
  | { kind: "query"; query: string; params: Record<string, unknown> }
  | { kind: "nodes"; ids: string[] }
  | { kind: "graph"; graph: WireGraph; display: ExportDisplayState | null };

export type CsvPart = "nodes" | "relationships";

export interface ExportRequest {
  format: ExportFormatId;
  source: ExportSource;
  title: string | null;
  /** The entity whose ownership chains the report shows (entity id or node key). */
  focus: string | null;
  /** CSV only: answer one file as text/csv instead of both in a JSON object. */
  part: CsvPart | null;
  /** PNG only: device pixels per picture pixel, 0.5 to 4. */
  scale: number;
  /** Data formats: add the Source nodes the relationships cite (default true). */
  withSources: boolean;
}

export const MAX_QUERY_LENGTH = 100_000;
export const MAX_TITLE_LENGTH = 300;
export const MAX_PNG_SCALE = 4;
const EXAMPLE =
  '{ "format": "graphml", "query": "MATCH p = (:Entity)-[:OWNS]->(:Entity) RETURN p LIMIT 50" }';

export function badRequest(message: string): ApiError {
  return new ApiError(400, "Ownergraph.BadExportRequest", message);
}

export function unknownFormatError(error: UnknownExportFormatError): ApiError {
  return new ApiError(400, "Ownergraph.UnknownExportFormat", error.message);
}

export function readFormat(value: unknown): ExportFormatId {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ApiError(
      400,
      "Ownergraph.UnknownExportFormat",
      `The field "format" is missing. Choose one of: ${EXPORT_FORMATS.map((f) => f.id).join(", ")}.`,
    );
  }
  try {
    return getExportFormat(value).id;
  } catch (error) {
    if (error instanceof UnknownExportFormatError) throw unknownFormatError(error);
    throw error;
  }
}

function optionalText(body: Record<string, unknown>, field: string, max: number): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw badRequest(`The field "${field}" must be a string.`);
  if (value.length > max) {
    throw badRequest(`The field "${field}" is longer than ${max} characters.`);
  }
  return value.trim() === "" ? null : value;
}

function readSource(body: Record<string, unknown>, maxIds: number): ExportSource {
  const given = ["query", "nodes", "graph"].filter((field) => body[field] !== undefined);
  if (given.length !== 1) {
    throw badRequest(
      `Say what to export with exactly one of "query" (Cypher), "nodes" (entity or element ids) ` +
        `or "graph" (a wire graph)${given.length > 1 ? `, not ${given.join(" and ")}` : ""}. ` +
        `Example: ${EXAMPLE}`,
    );
  }
  if (body.query !== undefined) {
    const query = body.query;
    if (typeof query !== "string" || query.trim() === "") {
      throw badRequest('The field "query" must be a non-empty string of Cypher.');
    }
    if (query.length > MAX_QUERY_LENGTH) {
      throw badRequest(`The query is longer than ${MAX_QUERY_LENGTH} characters.`);
    }
    return { kind: "query", query, params: readConsoleParams(body.params, body.paramsText) };
  }
  if (body.params !== undefined) throw badRequest('"params" goes with "query" only.');
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
    throw badRequest('The field "nodes" must be a list of entity ids or element ids.');
  }
  const ids = [...new Set((list as string[]).map((id) => id.trim()).filter((id) => id !== ""))];
  if (ids.length === 0) throw badRequest('The field "nodes" names no node.');
  if (ids.length > maxIds) {
    throw new ApiError(
      413,
      "Ownergraph.ExportTooLarge",
      `"nodes" names ${ids.length} nodes; an export takes at most ${maxIds}. Export fewer.`,
    );
  }
  return ids;
}

function readPart(value: unknown, format: ExportFormatId): CsvPart | null {
  if (value === undefined || value === null) return null;
  if (format !== "csv") throw badRequest('"part" applies to the csv format only.');
  if (value !== "nodes" && value !== "relationships") {
    throw badRequest('"part" must be "nodes" or "relationships".');
  }
  return value;
}

function readScale(value: unknown): number {
  if (value === undefined || value === null) return 2;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw badRequest(`"scale" must be a number from 0.5 to ${MAX_PNG_SCALE}.`);
  }
  if (value < 0.5 || value > MAX_PNG_SCALE) {
    throw badRequest(`"scale" must be from 0.5 to ${MAX_PNG_SCALE}; it is ${value}.`);
  }
  return value;
}

function readFlag(body: Record<string, unknown>, field: string, fallback: boolean): boolean {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw badRequest(`"${field}" must be true or false.`);
  return value;
}

/** Reads and checks a request body; every problem is a 400 that says what to send. */
export function readExportRequest(body: unknown, maxIds: number): ExportRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest(`Send a JSON object, e.g. ${EXAMPLE}`);
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
  };
}
