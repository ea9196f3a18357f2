/** The console's calls to the server: run a query, and what the editor and library need. */
import type {
  ConsoleModeInfo,
  ConsoleQueryResult,
  CypherExample,
  SchemaInfo,
} from "../../domain/console/console-wire-types";
import { getJson, postJson } from "../api/api-client";

/** Sends the query and the parameter box's text; the server parses it losslessly. */
export function runConsoleQuery(
  query: string,
  paramsText: string,
  signal?: AbortSignal,
): Promise<ConsoleQueryResult> {
  return postJson<ConsoleQueryResult>("/api/cypher", { query, paramsText }, signal);
}

export function fetchConsoleMode(signal?: AbortSignal): Promise<ConsoleModeInfo> {
  return getJson<ConsoleModeInfo>("/api/cypher/mode", signal);
}

export function fetchSchemaInfo(signal?: AbortSignal): Promise<SchemaInfo> {
  return getJson<SchemaInfo>("/api/schema-info", signal);
}

export async function fetchExamples(signal?: AbortSignal): Promise<CypherExample[]> {
  return (await getJson<{ examples: CypherExample[] }>("/api/examples", signal)).examples;
}
