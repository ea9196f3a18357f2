import { useExplorer, captionIn } from "../explorer-context";
import type { PathState } from "../controller/explorer-snapshot";
import { EvidenceList } from "./EvidenceList";

/** The shortest path between two entities, link by link with its evidence. */
export function PathPanel({ path }: { path: PathState }) {
  const { controller } = useExplorer();
  const caption = (key: string) => captionIn(controller, key);
  const { fromId, toId, found, message } = path.response;
  return (
    <section className="panel-section" aria-label="Shortest path">
      <header className="panel-header">
        <h2>
          Path from {caption(fromId)} to {caption(toId)}
        </h2>
        <button type="button" className="small" onClick={() => controller.clearFocus()}>
          Close
        </button>
      </header>
      {!found && <p className="panel-note">{message}</p>}
      {found && (
        <>
          <p className="path-summary">
            {path.nodeKeys.map(caption).join(" — ")} ({path.edgeKeys.length}{" "}
            {path.edgeKeys.length === 1 ? "link" : "links"})
          </p>
          <EvidenceList edgeKeys={path.edgeKeys} />
        </>
      )}
    </section>
  );
}
