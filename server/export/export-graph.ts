import type { Driver } from "neo4j-driver";
import {
  checkExportSize,
  ExportTooLargeError,
  type ExportSizeCaps,
  type ExportSource,
  type QueryParameters,
} from "../../domain/export";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { readConsoleParams } from "../query/console-params";
import { readGraph } from "../query/read-graph";
import { runConsoleQuery } from "../query/run-console-query";
import { CountedRows } from "../query/console-rows";
import { ApiError, exportReadOnlyError, ReadOnlyRefusal } from "../query/query-errors";

/**
 * The graph an export writes: what a read-only query returns (through the console's runner, so
 * the same checks apply: EXPLAIN first, READ transaction never committed, timeout), the subgraph
 * among given nodes, or the graph the browser sent. Over the cap is a 413 saying how to narrow.
 */

export interface ExportDatabase {
  driver: Driver;
  database: string | undefined;
}

export function tooLarge(error: ExportTooLargeError): ApiError {
  return new ApiError(413, "Ownergraph.ExportTooLarge", error.message);
}

/** Throws a 413 when the graph is over the caps. */
export function checkSize(graph: WireGraph, caps: ExportSizeCaps): void {
  try {
    checkExportSize(graph, caps);
  } catch (error) {
    if (error instanceof ExportTooLargeError) throw tooLarge(error);
    throw error;
  }
}

/** The query's parameters as Neo4j values, read as the console reads them (no integer lost). */
export function neo4jParams(params: QueryParameters): Record<string, unknown> {
  return params.given === "text"
    ? readConsoleParams(undefined, params.text)
    : readConsoleParams(params.value, undefined);
}

async function graphOfQuery(
  db: ExportDatabase,
  source: Extract<ExportSource, { kind: "query" }>,
  caps: ExportSizeCaps,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<WireGraph> {
  const elements = caps.maxNodes + caps.maxEdges;
  const result = await runConsoleQuery(
    db.driver,
    db.database,
    // Exports never write, whatever the console allows.
    { timeoutMs, maxRows: elements, maxGraphElements: elements, allowWrites: false },
    { query: source.query, params: neo4jParams(source.params) },
    new CountedRows(),
    signal,
  ).catch((error: unknown) => {
    throw error instanceof ReadOnlyRefusal ? exportReadOnlyError(error) : error;
  });
  if (result.truncated) {
    const what =
      result.truncation?.reason === "rows"
        ? `${elements} rows`
        : `${elements} nodes and relationships`;
    throw new ApiError(
      413,
      "Ownergraph.ExportTooLarge",
      `The query returns more than ${what}, more than one export takes ` +
        `(${caps.maxNodes} nodes, ${caps.maxEdges} relationships). Narrow it: a more specific ` +
        "MATCH or WHERE, fewer variable-length hops, or LIMIT, then export again.",
    );
  }
  if (result.graph.nodes.length === 0) {
    throw new ApiError(
      422,
      "Ownergraph.NothingToExport",
      "The query returns no nodes or relationships, so there is no graph to export. Return " +
        "nodes, relationships or paths, e.g. MATCH p = (a:Entity)-[:OWNS]->(b) RETURN p.",
    );
  }
  return result.graph;
}

async function graphOfNodes(
  db: ExportDatabase,
  ids: readonly string[],
  timeoutMs: number,
): Promise<WireGraph> {
  const { graph } = await readGraph(
    db.driver,
    db.database,
    "get-export-subgraph",
    { ids },
    timeoutMs,
  );
  const found = new Set<string>();
  for (const node of graph.nodes) {
    found.add(node.key);
    const id = node.attributes.properties.id;
    if (typeof id === "string") found.add(id);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(", ");
    throw new ApiError(
      404,
      "Ownergraph.NodesNotFound",
      `No node has the id or element id ${shown}${missing.length > 10 ? ` (and ${missing.length - 10} more)` : ""}. ` +
        "Check the ids (entity ids such as aisino, or element ids from a query result).",
    );
  }
  return graph;
}

export async function loadExportGraph(
  db: ExportDatabase,
  source: ExportSource,
  caps: ExportSizeCaps,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<WireGraph> {
  const graph =
    source.kind === "query"
      ? await graphOfQuery(db, source, caps, timeoutMs, signal)
      : source.kind === "nodes"
        ? await graphOfNodes(db, source.ids, timeoutMs)
        : source.graph;
  checkSize(graph, caps);
  return graph;
}
