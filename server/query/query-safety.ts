import type { PlanNode, QuerySummary } from "./plan-summary";
import { readOnlyError, type ApiError } from "./query-errors";

/**
 * What a read-only console refuses, decided from the plan EXPLAIN returns before anything runs.
 *
 * The query type covers most of it: "w" and "rw" write to the graph (CREATE, MERGE, SET, DELETE,
 * REMOVE, FOREACH, CALL { } subqueries, writing procedures), "s" is a schema or administration
 * command (indexes, constraints, users, databases, and DBMS-mode procedures). Some things report
 * "r" yet must not run from a shared console: LOAD CSV (it reads files and fetches URLs from the
 * server), TERMINATE TRANSACTIONS (it ends other people's queries; Neo4j 5.26 reports it as a
 * read and runs it in a READ transaction), SHOW TRANSACTIONS and SHOW SETTINGS (reads too, but
 * they show other sessions' queries and the server's configuration, which dbms.listConnections
 * and dbms.listConfig, refused as "s", show as well), and READ-mode procedures that change server
 * state or hand out the queries other sessions ran.
 */

/** Plan operators that report "r" but must not run (names come as "LoadCSV@neo4j"). */
const REFUSED_OPERATORS: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^LoadCSV\b/,
    reason: "LOAD CSV would make the server read a file or fetch a URL.",
  },
  {
    pattern: /^TerminateTransactions\b/,
    reason: "TERMINATE TRANSACTIONS would end other queries.",
  },
  {
    pattern: /^ShowTransactions\b/,
    reason: "SHOW TRANSACTIONS would show other sessions' queries and parameters.",
  },
  {
    pattern: /^ShowSettings\b/,
    reason: "SHOW SETTINGS would show the server's configuration.",
  },
];

/** READ-mode procedures that still change what the server does (statistics, plan caches). */
const STATE_CHANGING_PROCEDURES = [
  "db.stats.collect",
  "db.stats.clear",
  "db.stats.stop",
  "db.resampleIndex",
  "db.resampleOutdatedIndexes",
  "db.prepareForReplanning",
];

/** READ-mode procedures that answer what other sessions did (the queries collected by db.stats). */
const SESSION_REVEALING_PROCEDURES = ["db.stats.retrieve", "db.stats.retrieveAllAnonymized"];

function walk(plan: PlanNode | null): PlanNode[] {
  if (!plan) return [];
  return [plan, ...plan.children.flatMap(walk)];
}

function procedureName(node: PlanNode): string | undefined {
  if (!/^ProcedureCall\b/.test(node.operatorType)) return undefined;
  const details = node.arguments.Details;
  return typeof details === "string" ? /^([\w.]+)\(/.exec(details)?.[1] : undefined;
}

/**
 * The code Neo4j itself answers when such a query runs in a READ transaction (checked against
 * Neo4j 5.26 by tests/integration/console-read-only.test.ts), so clients see Neo4j's own code.
 */
export const NEO4J_ACCESS_MODE_CODE = "Neo.ClientError.Statement.AccessMode";

export interface Refusal {
  reason: string;
  /** Neo4j's code for the refusal where Neo4j has one. */
  neo4jCode?: string;
}

/** Why a read-only console refuses this query, or null when it may run. */
export function refusalOf(summary: QuerySummary): Refusal | null {
  if (summary.queryType === "w" || summary.queryType === "rw") {
    return {
      reason: `it would write to the graph (Neo4j reports query type "${summary.queryType}").`,
      neo4jCode: NEO4J_ACCESS_MODE_CODE,
    };
  }
  if (summary.queryType === "s") {
    return {
      reason: 'it is a schema or administration command (Neo4j reports query type "s").',
      neo4jCode: NEO4J_ACCESS_MODE_CODE,
    };
  }
  for (const node of walk(summary.plan)) {
    const operator = REFUSED_OPERATORS.find((entry) => entry.pattern.test(node.operatorType));
    if (operator) return { reason: operator.reason };
    const procedure = procedureName(node);
    if (procedure && STATE_CHANGING_PROCEDURES.includes(procedure)) {
      return { reason: `the procedure ${procedure} changes the server's state.` };
    }
    if (procedure && SESSION_REVEALING_PROCEDURES.includes(procedure)) {
      return { reason: `the procedure ${procedure} would show queries other sessions ran.` };
    }
  }
  return null;
}

/** Throws the read-only error when the plan shows the query must not run. */
export function refuseUnsafe(summary: QuerySummary): void {
  const refusal = refusalOf(summary);
  if (refusal) throw readOnlyError(refusal.reason, refusal.neo4jCode);
}

/**
 * Administration commands Neo4j refuses to even plan here (CREATE DATABASE on Community, any
 * admin command behind `USE system`) are still administration commands: in read-only mode they
 * come back as the read-only error, with Neo4j's own code and words.
 */
export function adminCommandRefusal(code: string, message: string): ApiError | null {
  const isAdmin =
    code === "Neo.ClientError.Statement.UnsupportedAdministrationCommand" ||
    // SHOW SERVERS, SHOW ALIASES: commands of the system database, sent to a user database.
    code === "Neo.ClientError.Statement.NotSystemDatabaseError" ||
    (code === "Neo.ClientError.Statement.SyntaxError" && /Administration Command/i.test(message));
  if (!isAdmin) return null;
  const neo4jWords = (message.split("\n")[0] ?? "").replace(/\s*\(line \d+.*$/, "");
  return readOnlyError(`it is an administration command (Neo4j: ${neo4jWords}).`, code);
}

/** Plan operators of CALL { } IN TRANSACTIONS, which Neo4j runs only outside an explicit transaction. */
export function needsImplicitTransaction(summary: QuerySummary): boolean {
  return walk(summary.plan).some((node) => /^Transaction(Apply|Foreach)\b/.test(node.operatorType));
}
