import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { ConsolePanel } from "./console/ConsolePanel";
import { DataPanel } from "./datasets/DataPanel";
import { DatasetsContext } from "./datasets/datasets-context";
import { DatasetsStore } from "./datasets/datasets-store";
import { GraphCanvas } from "./canvas/GraphCanvas";
import type { CanvasHandlers } from "./canvas/canvas-events";
import type { ExplorerSigma } from "./canvas/camera";
import { ExplorerController } from "./explorer/controller/explorer-controller";
import { ExplorerModel } from "./explorer/controller/explorer-model";
import type { ExplorerSnapshot } from "./explorer/controller/explorer-snapshot";
import { ExplorerContext } from "./explorer/explorer-context";
import { SearchBox } from "./explorer/search/SearchBox";
import { StartPage } from "./explorer/start/StartPage";
import { SidePanel } from "./explorer/selection/SidePanel";
import { StatusLine } from "./explorer/toolbar/StatusLine";
import { Legend } from "./explorer/toolbar/Legend";
import { Toolbar } from "./explorer/toolbar/Toolbar";
import { useUndoKeys } from "./explorer/toolbar/use-undo-keys";

/** The highlighted ends of the chain or path in focus. */
function focusEnds(snapshot: ExplorerSnapshot): string[] {
  const focus = snapshot.view.focus;
  if (focus?.kind === "path")
    return snapshot.path?.response.found ? [focus.fromId, focus.toId] : [];
  if (focus && snapshot.chain?.response.rootId === focus.entityId) return snapshot.chain.endKeys;
  return [];
}

/**
 * The address bar follows the view: each undoable step is an entry of the browser's history, so
 * its back and forward buttons step through the views; selections and the like replace it.
 */
function writeUrl(search: string, entry: "push" | "replace"): void {
  const url = `${window.location.pathname}${search}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (entry === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function App() {
  const [controller] = useState(() => new ExplorerController(new ExplorerModel(writeUrl)));
  const snapshot = useSyncExternalStore(controller.model.subscribe, controller.model.getSnapshot);
  const [datasets] = useState(() => new DatasetsStore());
  const [drawer, setDrawer] = useState<"console" | "data" | null>(null);
  const toggle = (which: "console" | "data") =>
    setDrawer((open) => (open === which ? null : which));

  useEffect(() => {
    void controller.start(window.location.search);
    const followAddress = () => void controller.followAddress(window.location.search);
    window.addEventListener("popstate", followAddress);
    return () => window.removeEventListener("popstate", followAddress);
  }, [controller]);
  useUndoKeys(controller);
  useEffect(() => {
    void datasets.refresh();
    return () => datasets.dispose();
  }, [datasets]);

  const handlers = useMemo<CanvasHandlers>(
    () => ({
      select: (node, additive) => controller.select(node, additive),
      selectEdge: (edge) => controller.selectEdge(edge),
      expand: (node) => void controller.expand(node),
      hover: (node) => controller.model.refreshHighlight({ node }),
      pin: (node, position) => controller.pin(node, position),
      dragStart: () => controller.model.layout.stop(),
    }),
    [controller],
  );
  const onRenderer = useCallback(
    (renderer: ExplorerSigma | null) => {
      controller.attachRenderer(renderer);
    },
    [controller],
  );
  const context = useMemo(() => ({ controller, snapshot }), [controller, snapshot]);

  return (
    <ExplorerContext.Provider value={context}>
      <DatasetsContext.Provider value={datasets}>
        <div className={drawer === null ? "app" : "app console-open"}>
          <header className="app-header">
            <strong className="app-title">Ownergraph</strong>
            <SearchBox onPick={(hit) => controller.openHit(hit)} />
            <StatusLine />
          </header>
          <Toolbar
            consoleOpen={drawer === "console"}
            onToggleConsole={() => toggle("console")}
            dataOpen={drawer === "data"}
            onToggleData={() => toggle("data")}
          />
          <main className="workspace">
            <GraphCanvas
              graph={controller.model.render}
              highlight={controller.model.currentHighlight}
              handlers={handlers}
              onRenderer={onRenderer}
              footer={<Legend />}
              focusEnds={focusEnds(snapshot)}
              overlay={
                !snapshot.starting &&
                snapshot.onScreen === 0 &&
                (snapshot.startPage ? (
                  <StartPage />
                ) : (
                  <p className="canvas-empty">
                    The canvas is empty: search for an entity to start.
                  </p>
                ))
              }
            />
            <SidePanel />
          </main>
          {drawer === "console" && (
            <section className="console-drawer" aria-label="Cypher console">
              <ConsolePanel onShowGraph={(graph, how) => controller.showGraph(graph, how)} />
            </section>
          )}
          {drawer === "data" && (
            <section className="data-drawer" aria-label="Data">
              <DataPanel />
            </section>
          )}
        </div>
      </DatasetsContext.Provider>
    </ExplorerContext.Provider>
  );
}
