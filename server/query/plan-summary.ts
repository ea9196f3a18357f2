import type { Plan, ProfiledPlan, ResultSummary } from "neo4j-driver";
import { toPropertyValue } from "./neo4j-values";
import type { PlanNode, QuerySummary } from "../../domain/console/console-wire-types";
import { numberValue } from "../../domain/wire/graph-wire-types";

export type { PlanNode, QuerySummary } from "../../domain/console/console-wire-types";

export function planToJson(plan: Plan | ProfiledPlan): PlanNode {
  const node: PlanNode = {
    operatorType: plan.operatorType,
    identifiers: [...plan.identifiers],
    arguments: Object.fromEntries(
      Object.entries(plan.arguments).map(([key, value]) => [key, toPropertyValue(value)]),
    ),
    children: plan.children.map((child) => planToJson(child)),
  };
  if ("dbHits" in plan) {
    node.rows = plan.rows;
    node.dbHits = plan.dbHits;
  }
  return node;
}

export function planOperators(plan: PlanNode | null): string[] {
  if (!plan) return [];
  return [plan.operatorType, ...plan.children.flatMap(planOperators)];
}

export function summarize(summary: ResultSummary): QuerySummary {
  const counters = summary.counters.updates() as unknown as Record<string, number>;
  const plan = summary.profile || summary.plan;
  return {
    queryType: summary.queryType ?? "",
    counters,
    containsUpdates: summary.counters.containsUpdates(),
    resultAvailableAfterMs: toMs(summary.resultAvailableAfter),
    resultConsumedAfterMs: toMs(summary.resultConsumedAfter),
    plan: plan ? planToJson(plan) : null,
    notifications: summary.notifications.map((n) => ({
      code: n.code,
      title: n.title,
      description: n.description,
      severity: n.rawSeverityLevel,
    })),
  };
}

function toMs(value: unknown): number | null {
  return numberValue(toPropertyValue(value));
}
