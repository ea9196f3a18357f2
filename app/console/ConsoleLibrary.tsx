import { useState } from "react";
import type { CypherExample } from "../../domain/console/console-wire-types";
import { describeWhen, type HistoryEntry } from "./console-history";

export interface ConsoleLibraryProps {
  examples: CypherExample[];
  examplesError: string | null;
  history: HistoryEntry[];
  /** Puts a query in the editor; `run` also runs it (one click). */
  onPick: (query: string, paramsText: string, run: boolean) => void;
  onForget: (index: number) => void;
  onClearHistory: () => void;
}

/** Example queries shipped with the app, and the queries run before (kept across reloads). */
export function ConsoleLibrary(props: ConsoleLibraryProps) {
  const [tab, setTab] = useState<"examples" | "history">("examples");
  return (
    <section className="console-library" aria-label="Query library">
      <div className="console-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === "examples"}
          onClick={() => setTab("examples")}
        >
          Examples ({props.examples.length})
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "history"}
          data-testid="console-history-tab"
          onClick={() => setTab("history")}
        >
          History ({props.history.length})
        </button>
      </div>
      {tab === "examples" ? <ExampleList {...props} /> : <HistoryList {...props} />}
    </section>
  );
}

function ExampleList({ examples, examplesError, onPick }: ConsoleLibraryProps) {
  if (examplesError) return <p className="console-error">{examplesError}</p>;
  return (
    <ul className="console-list" data-testid="console-examples">
      {examples.map((example) => (
        <li key={example.id}>
          <button
            type="button"
            className="console-list-main"
            title="Run this example"
            onClick={() => onPick(example.query, example.paramsText, true)}
          >
            <strong>{example.title}</strong>
            <span className="console-hint">{example.description}</span>
          </button>
          <button
            type="button"
            className="console-list-side"
            title="Put it in the editor without running"
            onClick={() => onPick(example.query, example.paramsText, false)}
          >
            Edit
          </button>
        </li>
      ))}
    </ul>
  );
}

function HistoryList({ history, onPick, onForget, onClearHistory }: ConsoleLibraryProps) {
  if (history.length === 0) {
    return <p className="console-hint">Queries you run appear here, also after a reload.</p>;
  }
  const now = new Date();
  return (
    <>
      <ul className="console-list" data-testid="console-history">
        {history.map((entry, index) => (
          <li key={`${entry.ranAt}-${index}`} className={`history-${entry.outcome}`}>
            <button
              type="button"
              className="console-list-main"
              title="Put it back in the editor"
              onClick={() => onPick(entry.query, entry.paramsText, false)}
            >
              <code>
                {entry.query.length > 160 ? `${entry.query.slice(0, 160)}…` : entry.query}
              </code>
              <span className="console-hint">
                {describeWhen(entry.ranAt, now)}
                {entry.outcome !== "ok" && ` · ${entry.outcome}`}
              </span>
            </button>
            <button
              type="button"
              className="console-list-side"
              aria-label="Forget this query"
              onClick={() => onForget(index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="console-more" onClick={onClearHistory}>
        Clear history
      </button>
    </>
  );
}
