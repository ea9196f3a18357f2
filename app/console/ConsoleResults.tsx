import { useState } from "react";
import "./console-results.css";
import type { ConsoleQueryResult } from "../../domain/console/console-wire-types";
import { errorHeading, type RunError, type RunState } from "./run-state";
import { ResultTable } from "./ResultTable";
import { ResultSummary } from "./ResultSummary";
import { describeResult } from "./result-summary";

function ErrorView({ error }: { error: RunError }) {
  return (
    <div className="console-error" role="alert" data-testid="console-error">
      <strong>{errorHeading(error)}</strong>
      <p>{error.message}</p>
      <p className="console-hint">
        {error.position &&
          `${error.target === "params" ? "Parameters" : "Query"}: line ${error.position.line}, column ${error.position.column}. `}
        Code: <code>{error.code}</code>
      </p>
    </div>
  );
}

function ResultView({ result }: { result: ConsoleQueryResult }) {
  // EXPLAIN (a plan and no rows) and PROFILE open on the plan, as in Neo4j Browser.
  const planFirst =
    result.summary.plan !== null &&
    (result.columns.length === 0 || result.summary.plan.dbHits !== undefined);
  const [tab, setTab] = useState<"table" | "summary">(planFirst ? "summary" : "table");
  return (
    <div className="console-result">
      <p className="console-result-line" data-testid="console-result-line">
        {describeResult(result)}
      </p>
      {result.truncated && result.truncation && (
        <p className="console-truncated" data-testid="console-truncated">
          Truncated: {result.truncation.message}
        </p>
      )}
      <div className="console-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === "table"}
          onClick={() => setTab("table")}
        >
          Table
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "summary"}
          data-testid="console-summary-tab"
          onClick={() => setTab("summary")}
        >
          {result.summary.plan ? "Summary and plan" : "Summary"}
        </button>
      </div>
      {tab === "table" ? <ResultTable result={result} /> : <ResultSummary result={result} />}
    </div>
  );
}

const resultKeys = new WeakMap<ConsoleQueryResult, number>();
let nextResultKey = 0;

/** A key per result object, so each new result starts on its own tab, in its own order. */
function keyOf(result: ConsoleQueryResult): number {
  let key = resultKeys.get(result);
  if (key === undefined) {
    key = nextResultKey++;
    resultKeys.set(result, key);
  }
  return key;
}

/** The last run's outcome: its result (table, summary, plan) or its error. */
export function ConsoleResults({ run }: { run: RunState }) {
  if (run.status === "failed") return <ErrorView error={run.error} />;
  if (run.status === "done") return <ResultView key={keyOf(run.result)} result={run.result} />;
  if (run.status === "idle") {
    return (
      <p className="console-hint console-idle">
        Run a query (Ctrl+Enter, or ⌘+Enter on a Mac) to see its rows here; its nodes and
        relationships go onto the canvas. Pick an example to start.
      </p>
    );
  }
  return null;
}
