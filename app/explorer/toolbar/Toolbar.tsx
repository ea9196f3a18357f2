import { ExportMenu } from "../../export/ExportMenu";
import { explorerExportSnapshot } from "../../export/explorer-export";
import { useExplorer } from "../explorer-context";
import { AsOfControl } from "../time/AsOfControl";

/** View commands: undo/redo, layout, fit, path between two, hidden entities, clear; the drawers. */
export function Toolbar({
  consoleOpen,
  onToggleConsole,
  dataOpen,
  onToggleData,
}: {
  consoleOpen: boolean;
  onToggleConsole: () => void;
  dataOpen: boolean;
  onToggleData: () => void;
}) {
  const { controller, snapshot } = useExplorer();
  const { view } = snapshot;
  const [first, second] = view.selection;
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <button
        type="button"
        onClick={() => controller.undo()}
        disabled={!snapshot.canUndo}
        title="Undo (Ctrl+Z)"
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={() => controller.redo()}
        disabled={!snapshot.canRedo}
        title="Redo (Ctrl+Shift+Z)"
      >
        ↷ Redo
      </button>
      <span className="toolbar-gap" />
      <div className="segmented" role="radiogroup" aria-label="Layout">
        {(["force", "hierarchy"] as const).map((layout) => (
          <button
            key={layout}
            type="button"
            role="radio"
            aria-checked={view.layout === layout}
            className={view.layout === layout ? "on" : undefined}
            onClick={() => controller.setLayout(layout)}
            title={
              layout === "force"
                ? "Force-directed: neighbourhoods"
                : "Hierarchy: owners above what they own"
            }
          >
            {layout === "force" ? "Force" : "Hierarchy"}
          </button>
        ))}
      </div>
      <button
        type="button"
        onClick={() => controller.zoomToFit()}
        title="Zoom to fit the whole graph"
      >
        ⤢ Fit
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        disabled={!first || !second}
        onClick={() => first && second && void controller.showPath(first, second)}
        title="Select two entities (Shift-click the second) to find the shortest path between them"
      >
        Shortest path
      </button>
      {view.hidden.length > 0 && (
        <button type="button" onClick={() => controller.showHidden()}>
          Show {view.hidden.length} hidden
        </button>
      )}
      <button
        type="button"
        onClick={() => controller.clear()}
        disabled={view.entities.length === 0}
      >
        Clear canvas
      </button>
      <ExportMenu getSnapshot={() => explorerExportSnapshot(controller)} />
      <span className="toolbar-gap" />
      <AsOfControl />
      <span className="toolbar-gap" />
      <button type="button" aria-expanded={dataOpen} onClick={onToggleData}>
        {dataOpen ? "Close Data" : "Data"}
        {view.hiddenDatasets.length > 0 ? ` (${String(view.hiddenDatasets.length)} hidden)` : ""}
      </button>
      <button type="button" aria-expanded={consoleOpen} onClick={onToggleConsole}>
        {consoleOpen ? "Close Cypher console" : "Cypher console"}
      </button>
    </div>
  );
}
