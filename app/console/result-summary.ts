/**
 * The summary line and plan of a result, as words: time, rows, what changed, the plan's
 * operators with their details, rows and db hits.
 */
import type {
  ConsoleQueryResult,
  PlanNode,
  QuerySummary,
} from "../../domain/console/console-wire-types";

const QUERY_TYPES: Record<string, string> = {
  r: "read",
  rw: "read and write",
  w: "write",
  s: "schema or administration",
};

export function describeQueryType(queryType: string): string {
  return QUERY_TYPES[queryType] ?? (queryType || "unknown");
}

/** "3 nodes created, 1 property set": only the counters that are not zero. */
export function describeCounters(counters: QuerySummary["counters"]): string[] {
  return Object.entries(counters)
    .filter(([, count]) => typeof count === "number" && count !== 0)
    .map(([name, count]) => `${count} ${name.replace(/([A-Z])/g, " $1").toLowerCase()}`);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "12 rows in 35 ms (Neo4j: 4 ms)" and the like. */
export function describeResult(result: ConsoleQueryResult): string {
  const rows = plural(result.rows.length, "row");
  const graph = result.graph.nodes.length
    ? `, ${plural(result.graph.nodes.length, "node")} and ${plural(result.graph.edges.length, "relationship")}`
    : "";
  const neo4jMs =
    result.summary.resultAvailableAfterMs !== null && result.summary.resultConsumedAfterMs !== null
      ? ` (Neo4j: ${result.summary.resultAvailableAfterMs + result.summary.resultConsumedAfterMs} ms)`
      : "";
  return `${rows}${graph} in ${result.summary.elapsedMs} ms${neo4jMs}`;
}

/** The Details argument of a plan operator (what it works on), when Neo4j gives one. */
export function planDetails(node: PlanNode): string {
  const details = node.arguments.Details;
  return typeof details === "string" ? details : "";
}

/** The operator name without Neo4j's "@database" suffix. */
export function operatorName(node: PlanNode): string {
  return node.operatorType.replace(/@.*$/, "");
}

export function totalDbHits(plan: PlanNode): number {
  return (plan.dbHits ?? 0) + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

export function estimatedRows(node: PlanNode): number | null {
  const value = node.arguments.EstimatedRows;
  return typeof value === "number" ? Math.round(value * 10) / 10 : null;
}
