import type { ExplorerSigma } from "./camera";

/**
 * Panning by moving the picture. Where WebGL is rasterised on the CPU (no GPU: SwiftShader,
 * llvmpipe), every frame sigma draws costs hundreds of milliseconds, so a drag that redraws on
 * each mouse move stutters. Here a drag on the stage moves the layers already drawn with a CSS
 * transform, which the compositor does cheaply, and sets the camera once on release; the
 * transform is removed in the frame that draws the new view. Parts of the graph that were off
 * screen appear on release.
 */
export interface PicturePanning {
  /** True while a drag moves the picture: hover is ignored meanwhile. */
  active(): boolean;
  /** True from a picture drag's release until the click that ends it has been handled. */
  justEnded(): boolean;
}

interface Point {
  x: number;
  y: number;
}

/** Whether a WebGL renderer name (WEBGL_debug_renderer_info) is a software rasteriser. */
export function isSoftwareRenderer(rendererName: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(rendererName);
}

let softwareWebGL: boolean | undefined;

/** Whether this browser draws WebGL in software (asked once, on a throwaway context). */
export function usesSoftwareWebGL(): boolean {
  if (softwareWebGL !== undefined) return softwareWebGL;
  const gl = document.createElement("canvas").getContext("webgl");
  const info = gl?.getExtension("WEBGL_debug_renderer_info");
  const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  gl?.getExtension("WEBGL_lose_context")?.loseContext();
  softwareWebGL = isSoftwareRenderer(name);
  return softwareWebGL;
}

export function bindPicturePanning(renderer: ExplorerSigma, enabled: boolean): PicturePanning {
  let start: Point | null = null;
  let offset: Point = { x: 0, y: 0 };
  let ended = false;

  // Every drawn layer moves; the mouse layer stays, since sigma reads positions from it.
  const layers = () =>
    Object.entries(renderer.getCanvases())
      .filter(([name]) => name !== "mouse")
      .map(([, canvas]) => canvas);
  const place = (shift: Point | null) => {
    const transform = shift ? `translate(${shift.x}px, ${shift.y}px)` : "";
    for (const canvas of layers()) canvas.style.transform = transform;
  };

  const begin = ({
    event,
  }: {
    event: { x: number; y: number; original: MouseEvent | TouchEvent };
  }) => {
    if (!enabled || !("button" in event.original) || event.original.button !== 0) return;
    start = { x: event.x, y: event.y };
    offset = { x: 0, y: 0 };
  };
  // A press on a node drags the node (canvas-events.ts); on the stage or a link, the picture.
  renderer.on("downStage", begin);
  renderer.on("downEdge", begin);

  renderer.on("moveBody", ({ event, preventSigmaDefault }) => {
    if (!start) return;
    preventSigmaDefault();
    offset = { x: event.x - start.x, y: event.y - start.y };
    place(offset);
  });

  const release = () => {
    if (!start) return;
    const from = start;
    start = null;
    if (offset.x === 0 && offset.y === 0) return;
    ended = true;
    setTimeout(() => {
      ended = false;
    }, 0);
    // Sigma's own drag arithmetic, once: the graph point under the press ends under the release.
    const pressed = renderer.viewportToFramedGraph(from);
    const released = renderer.viewportToFramedGraph({ x: from.x + offset.x, y: from.y + offset.y });
    const camera = renderer.getCamera();
    const state = camera.getState();
    renderer.once("afterRender", () => place(null));
    camera.setState({ x: state.x + pressed.x - released.x, y: state.y + pressed.y - released.y });
  };
  renderer.on("upStage", release);
  renderer.on("upNode", release);
  renderer.on("upEdge", release);

  return {
    active: () => start !== null && (offset.x !== 0 || offset.y !== 0),
    justEnded: () => ended,
  };
}
