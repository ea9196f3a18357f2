import { useExplorer } from "../explorer-context";

/** How many entities are on screen, what the page waits for, and what went wrong. */
export function StatusLine() {
  const { controller, snapshot } = useExplorer();
  return (
    <div className="status-area">
      <span className="status" role="status" data-layout-runs={snapshot.layoutRuns}>
        {snapshot.starting
          ? (snapshot.busy ?? "Loading the graph…")
          : `${snapshot.onScreen} entities on screen`}
        {!snapshot.starting && snapshot.busy && <span className="busy"> · {snapshot.busy}</span>}
        {snapshot.layoutRunning && <span className="busy"> · arranging</span>}
      </span>
      {snapshot.error && (
        <div className={snapshot.offline ? "banner offline" : "banner error"} role="alert">
          <span>{snapshot.error}</span>
          {snapshot.offline && (
            <button
              type="button"
              className="small"
              onClick={() => void controller.retry(window.location.search)}
            >
              Retry
            </button>
          )}
          <button
            type="button"
            className="small"
            onClick={() => controller.model.update({ error: null })}
          >
            Dismiss
          </button>
        </div>
      )}
      {snapshot.notice && !snapshot.error && (
        <div className="banner notice" role="note">
          <span>{snapshot.notice}</span>
          <button
            type="button"
            className="small"
            onClick={() => controller.model.update({ notice: null })}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
