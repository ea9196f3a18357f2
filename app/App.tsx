import { useEffect, useMemo, useState } from "react";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { WireGraph } from "../domain/graph/graph-wire-types";
import { getJson } from "./api/api-client";
import { GraphCanvas } from "./graph/GraphCanvas";
import { createDisplayGraph, mergeIntoDisplayGraph } from "./graph/display-graph";

type LoadState =
  { kind: "loading" } | { kind: "ready"; nodes: number } | { kind: "error"; message: string };

export function App() {
  const graph = useMemo(() => createDisplayGraph(), []);
  const [state, setState] = useState<LoadState>({ kind: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    getJson<WireGraph>("/api/overview", controller.signal)
      .then((wire) => {
        mergeIntoDisplayGraph(graph, wire);
        if (graph.order > 1)
          forceAtlas2.assign(graph, {
            iterations: 100,
            settings: forceAtlas2.inferSettings(graph),
          });
        setState({ kind: "ready", nodes: graph.order });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          kind: "error",
          message: error instanceof Error ? error.message : String(error),
        });
      });
    return () => controller.abort();
  }, [graph]);

  return (
    <div className="app">
      <header className="app-header">
        <strong>Ownergraph</strong>
        <span className={state.kind === "error" ? "status error" : "status"} role="status">
          {state.kind === "loading" && "Loading the graph…"}
          {state.kind === "ready" && `${state.nodes} entities on screen`}
          {state.kind === "error" && state.message}
        </span>
      </header>
      <GraphCanvas graph={graph} />
    </div>
  );
}
