import type { ConsoleQueryResult, PlanNode } from "../../domain/console/console-wire-types";
import {
  describeCounters,
  describeQueryType,
  describeResult,
  estimatedRows,
  operatorName,
  planDetails,
  totalDbHits,
} from "./result-summary";

function PlanTree({ node, profiled }: { node: PlanNode; profiled: boolean }) {
  const estimate = estimatedRows(node);
  return (
    <li>
      <div className="plan-operator">
        <strong>{operatorName(node)}</strong>
        {planDetails(node) && <code className="plan-details">{planDetails(node)}</code>}
        <span className="console-hint">
          {profiled
            ? ` ${node.rows ?? 0} rows, ${node.dbHits ?? 0} db hits`
            : estimate !== null
              ? ` ≈ ${estimate} rows`
              : ""}
        </span>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child, index) => (
            <PlanTree key={index} node={child} profiled={profiled} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Time, rows, counters, notifications, and the plan of EXPLAIN / PROFILE. */
export function ResultSummary({ result }: { result: ConsoleQueryResult }) {
  const { summary } = result;
  const counters = describeCounters(summary.counters);
  const profiled = summary.plan?.dbHits !== undefined;
  return (
    <div className="console-summary" data-testid="console-summary">
      <dl>
        <dt>Result</dt>
        <dd>{describeResult(result)}</dd>
        <dt>Query type</dt>
        <dd>{describeQueryType(summary.queryType)}</dd>
        <dt>Changes</dt>
        <dd>{counters.length ? counters.join(", ") : "none"}</dd>
      </dl>
      {summary.notifications.length > 0 && (
        <ul className="console-notifications">
          {summary.notifications.map((notification, index) => (
            <li key={index}>
              <strong>{notification.title}</strong> {notification.description}
            </li>
          ))}
        </ul>
      )}
      {summary.plan && (
        <div className="console-plan" data-testid="console-plan">
          <h4>
            {profiled
              ? `Profile: ${totalDbHits(summary.plan)} db hits in total`
              : "Plan (estimated, not run)"}
          </h4>
          <ul className="plan-tree">
            <PlanTree node={summary.plan} profiled={profiled} />
          </ul>
        </div>
      )}
    </div>
  );
}
