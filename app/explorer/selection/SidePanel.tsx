import { useExplorer } from "../explorer-context";
import { ChainPanel } from "../chain/ChainPanel";
import { PathPanel } from "../chain/PathPanel";
import { ChangesPanel } from "../time/ChangesPanel";
import { EdgePanel } from "./EdgePanel";
import { EntityPanel } from "./EntityPanel";

/** The right-hand panel: the chain or path in focus, the clicked relationship, the selection. */
export function SidePanel() {
  const { snapshot } = useExplorer();
  const { view, chain, path, changes, selectedEdge } = snapshot;
  const focus = view.focus;
  const chainShown =
    focus !== null && focus.kind !== "path" && chain?.response.rootId === focus.entityId;
  const pathShown = focus?.kind === "path" || (path !== null && !path.response.found);
  const first = view.selection[0];
  const empty = !changes && !chainShown && !pathShown && !selectedEdge && !first;
  return (
    <aside className="side-panel" aria-label="Evidence">
      {selectedEdge && <EdgePanel edgeKey={selectedEdge} />}
      {changes && <ChangesPanel changes={changes} />}
      {chainShown && chain && <ChainPanel chain={chain} />}
      {pathShown && path && <PathPanel path={path} />}
      {first && <EntityPanel id={first} />}
      {empty && (
        <div className="panel-section panel-help">
          <h2>Evidence</h2>
          <p>Search for a company, a public body or a person, or click an entity on the canvas.</p>
          <p>
            Double-click an entity to expand its neighbours. Shift-click a second one to find the
            path between them. Drag an entity to pin it.
          </p>
        </div>
      )}
    </aside>
  );
}
