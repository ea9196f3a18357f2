import { useEffect, useState } from "react";
import type { ConsoleModeInfo } from "../../domain/console/console-wire-types";
import type { RunState } from "./run-state";

export type DrawMode = "merge" | "replace";

export interface ConsoleToolbarProps {
  run: RunState;
  mode: ConsoleModeInfo | null;
  canRun: boolean;
  drawMode: DrawMode;
  onDrawModeChange: (mode: DrawMode) => void;
  onRun: () => void;
  onCancel: () => void;
  onDrawAgain: () => void;
  /** Reloads the labels, types, keys and procedures the editor completes from. */
  onRefreshSchema: () => void;
}

function useSecondsSince(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

function ModeBadge({ mode }: { mode: ConsoleModeInfo | null }) {
  if (!mode) return null;
  const writable = mode.mode === "read-write";
  return (
    <span
      className={writable ? "console-mode console-mode-write" : "console-mode"}
      data-testid="console-mode"
      title={`${writable ? "Queries can change the database (OWNERGRAPH_ALLOW_WRITES is on)." : "Nothing a query does is ever committed."} Timeout ${mode.timeoutMs / 1000} s, at most ${mode.maxRows} rows and ${mode.maxGraphElements} graph elements.`}
    >
      {writable ? "Read-write" : "Read-only"}
    </span>
  );
}

/**
 * Run / Cancel, how the result's graph goes onto the canvas, a schema refresh for completion,
 * and the server's mode.
 */
export function ConsoleToolbar(props: ConsoleToolbarProps) {
  const { run } = props;
  const running = run.status === "running";
  const seconds = useSecondsSince(running ? run.startedAt : null);
  return (
    <div className="console-toolbar">
      {running ? (
        <button
          type="button"
          className="console-cancel"
          data-testid="console-cancel"
          onClick={props.onCancel}
        >
          Cancel
        </button>
      ) : (
        <button
          type="button"
          className="console-run"
          data-testid="console-run"
          disabled={!props.canRun}
          title="Run (Ctrl+Enter or ⌘+Enter)"
          onClick={props.onRun}
        >
          Run
        </button>
      )}
      <span className="console-status" role="status" data-testid="console-status">
        {running && `Running… ${seconds} s`}
        {run.status === "cancelled" && "Cancelled: the query was stopped in Neo4j."}
      </span>
      <fieldset className="console-draw">
        <legend>Graph</legend>
        {(["merge", "replace"] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="console-draw-mode"
              value={mode}
              checked={props.drawMode === mode}
              onChange={() => props.onDrawModeChange(mode)}
            />
            {mode === "merge" ? "merge into canvas" : "replace canvas"}
          </label>
        ))}
        {run.status === "done" && run.result.graph.nodes.length > 0 && (
          <button type="button" className="console-link" onClick={props.onDrawAgain}>
            draw again
          </button>
        )}
      </fieldset>
      <button
        type="button"
        className="console-link"
        data-testid="console-refresh-schema"
        title="Reload the labels, relationship types, property keys and procedures that completion offers (after the data changed elsewhere)"
        onClick={props.onRefreshSchema}
      >
        refresh schema
      </button>
      <ModeBadge mode={props.mode} />
    </div>
  );
}
