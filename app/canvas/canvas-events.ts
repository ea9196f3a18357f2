/**
 * Mouse on the canvas: click selects (Shift, Ctrl or Cmd adds a second entity), double-click
 * expands, a click on a relationship shows its evidence, hover lights up the neighbours, and
 * dragging a node moves it and pins it there. Where `movePicture` is set, a drag on the stage
 * or the wheel moves the drawn picture and sets the camera once (picture-camera.ts).
 */
import type { ExplorerSigma } from "./camera";
import { bindPictureCamera } from "./picture-camera";

export interface CanvasHandlers {
  select(node: string | null, additive: boolean): void;
  selectEdge(edge: string | null): void;
  expand(node: string): void;
  hover(node: string | null): void;
  pin(node: string, position: { x: number; y: number }): void;
  dragStart(): void;
}

function isAdditive(event: MouseEvent | TouchEvent): boolean {
  return event.shiftKey || event.ctrlKey || event.metaKey;
}

export function bindCanvasEvents(
  renderer: ExplorerSigma,
  handlers: () => CanvasHandlers,
  movePicture = false,
): () => void {
  const graph = renderer.getGraph();
  const container = renderer.getContainer();
  const picture = bindPictureCamera(renderer, movePicture);
  let dragged: string | null = null;
  let moved = false;

  renderer.on("clickNode", ({ node, event }) => {
    if (moved || picture.justEnded()) return;
    handlers().select(node, isAdditive(event.original));
  });
  renderer.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    handlers().expand(node);
  });
  renderer.on("clickStage", () => {
    // The click that ends a drag of the picture keeps the selection.
    if (picture.justEnded()) return;
    handlers().select(null, false);
    handlers().selectEdge(null);
  });
  renderer.on("clickEdge", ({ edge }) => {
    if (!picture.justEnded()) handlers().selectEdge(edge);
  });
  renderer.on("enterNode", ({ node }) => {
    if (picture.active()) return;
    container.style.cursor = "pointer";
    handlers().hover(node);
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    handlers().hover(null);
  });
  renderer.on("enterEdge", () => {
    container.style.cursor = "pointer";
  });
  renderer.on("leaveEdge", () => {
    container.style.cursor = "";
  });

  renderer.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    handlers().dragStart();
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.on("moveBody", ({ event, preventSigmaDefault }) => {
    if (dragged === null) return;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
    moved = true;
    preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged !== null && moved && graph.hasNode(dragged)) {
      const { x, y } = graph.getNodeAttributes(dragged);
      handlers().pin(dragged, { x, y });
    }
    dragged = null;
    renderer.setCustomBBox(null);
    // The click that ends a drag must not select: clear the flag after it is handled.
    setTimeout(() => {
      moved = false;
    }, 0);
  };
  renderer.on("upNode", drop);
  renderer.on("upStage", drop);

  return () => {
    picture.dispose();
    renderer.removeAllListeners();
  };
}
