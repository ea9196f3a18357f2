/**
 * What the explorer exports: the entities on the canvas and the relationships drawn among
 * them (client keys: entity ids), the canvas itself, and the chain in focus for the report.
 */
import type { ExplorerController } from "../explorer/controller/explorer-controller";
import type { ExportSnapshot } from "./export-actions";
import { reportChangesOf } from "../explorer/time/changes-state";

export function explorerExportSnapshot(controller: ExplorerController): ExportSnapshot | null {
  const { model } = controller;
  const snapshot = model.getSnapshot();
  const graph = model.store.toWireGraph(model.render.nodes());
  graph.edges = graph.edges.filter((edge) => model.render.hasEdge(edge.key));
  if (graph.nodes.length === 0) return null;
  const focus = model.view.focus;
  const chainRoot =
    focus?.kind === "chain-up" && snapshot.chain?.response.rootId === focus.entityId
      ? focus.entityId
      : null;
  const caption = chainRoot === null ? null : model.store.node(chainRoot)?.properties["caption"];
  const title = typeof caption === "string" ? `Who owns and controls ${caption}` : undefined;
  return {
    graph,
    canvas: model.renderer,
    focus: chainRoot,
    asOf: model.view.asOf,
    changes: reportChangesOf(snapshot.changes),
    ...(title ? { title } : {}),
  };
}
