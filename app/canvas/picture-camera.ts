import type { ExplorerSigma } from "./camera";

/**
 * Panning and zooming by moving the picture. Where WebGL is rasterised on the CPU (no GPU:
 * SwiftShader, llvmpipe), every frame sigma draws costs hundreds of milliseconds, so a drag or a
 * zoom that redraws on each step stutters. Here a drag on the stage, a turn of the wheel or a
 * double click moves and scales the layers already drawn with a CSS transform, which the
 * compositor does cheaply, and the camera is set once: on release, or when the zoom rests.
 * The transform is removed in the frame that draws the new view; parts of the graph that were
 * off screen appear then.
 */
export interface PictureCamera {
  /** True while the picture is moved or scaled: hover is ignored meanwhile. */
  active(): boolean;
  /** True from a picture drag's release until the click that ends it has been handled. */
  justEnded(): boolean;
  /** Drops a pending wheel commit (the renderer is going away). */
  dispose(): void;
}

interface Point {
  x: number;
  y: number;
}

/** Where the drawn picture is shown: a point p drawn at p appears at p × scale + shift. */
export interface PictureTransform {
  scale: number;
  shift: Point;
}

export const IDENTITY: PictureTransform = { scale: 1, shift: { x: 0, y: 0 } };

/** The picture moved by a drag of `delta` pixels. */
export function panned(transform: PictureTransform, delta: Point): PictureTransform {
  const { scale, shift } = transform;
  return { scale, shift: { x: shift.x + delta.x, y: shift.y + delta.y } };
}

/** The picture scaled by `factor` about the viewport point `at` (the mouse). */
export function zoomed(transform: PictureTransform, factor: number, at: Point): PictureTransform {
  const { scale, shift } = transform;
  return {
    scale: scale * factor,
    shift: { x: factor * (shift.x - at.x) + at.x, y: factor * (shift.y - at.y) + at.y },
  };
}

/** The drawn picture's point that the transform shows at viewport point `shown`. */
export function drawnPointAt(transform: PictureTransform, shown: Point): Point {
  const { scale, shift } = transform;
  return { x: (shown.x - shift.x) / scale, y: (shown.y - shift.y) / scale };
}

export function isIdentity({ scale, shift }: PictureTransform): boolean {
  return scale === 1 && shift.x === 0 && shift.y === 0;
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

/** How long the wheel rests before the zoomed view is drawn. */
const WHEEL_REST_MS = 250;

type PointerEvent = { event: { x: number; y: number; original: MouseEvent | TouchEvent } };
type ZoomEvent = { event: Point; preventSigmaDefault(): void };

export function bindPictureCamera(renderer: ExplorerSigma, enabled: boolean): PictureCamera {
  let transform = IDENTITY;
  let dragFrom: Point | null = null;
  let dragBase = IDENTITY;
  let ended = false;
  let wheelTimer: number | undefined;

  // Every drawn layer moves; the mouse layer stays, since sigma reads positions from it.
  const show = (shown: PictureTransform) => {
    const css = isIdentity(shown)
      ? ""
      : `translate(${shown.shift.x}px, ${shown.shift.y}px) scale(${shown.scale})`;
    for (const [name, canvas] of Object.entries(renderer.getCanvases())) {
      if (name === "mouse") continue;
      canvas.style.transformOrigin = "0 0";
      canvas.style.transform = css;
    }
  };

  /** Sets the camera to what the picture shows; the next full render removes the transform. */
  const commit = () => {
    window.clearTimeout(wheelTimer);
    wheelTimer = undefined;
    if (isIdentity(transform)) return;
    const camera = renderer.getCamera();
    const { width, height } = renderer.getDimensions();
    // The view's centre shows this point of the drawn picture: it becomes the camera's centre.
    const centre = renderer.viewportToFramedGraph(
      drawnPointAt(transform, { x: width / 2, y: height / 2 }),
    );
    const ratio = camera.getState().ratio / transform.scale;
    transform = IDENTITY;
    renderer.once("afterRender", () => {
      if (isIdentity(transform)) show(IDENTITY);
    });
    camera.setState({ x: centre.x, y: centre.y, ratio });
  };

  const begin = ({ event }: PointerEvent) => {
    if (!enabled || !("button" in event.original) || event.original.button !== 0) return;
    dragFrom = { x: event.x, y: event.y };
    dragBase = transform;
  };
  // A press on a node drags the node (canvas-events.ts); on the stage or a link, the picture.
  renderer.on("downStage", begin);
  renderer.on("downEdge", begin);

  renderer.on("moveBody", ({ event, preventSigmaDefault }) => {
    if (!dragFrom) return;
    preventSigmaDefault();
    transform = panned(dragBase, { x: event.x - dragFrom.x, y: event.y - dragFrom.y });
    show(transform);
  });

  const release = () => {
    if (!dragFrom) return;
    dragFrom = null;
    if (transform === dragBase) return;
    ended = true;
    setTimeout(() => {
      ended = false;
    }, 0);
    commit();
  };
  renderer.on("upStage", release);
  renderer.on("upNode", release);
  renderer.on("upEdge", release);

  /** Scales the picture about `at` by `step` (above 1: closer), within the camera's bounds. */
  const zoomAt = (step: number, at: Point) => {
    const camera = renderer.getCamera();
    const drawnRatio = camera.getState().ratio;
    const wanted = drawnRatio / transform.scale / step;
    const factor = drawnRatio / camera.getBoundedRatio(wanted) / transform.scale;
    if (factor === 1) return;
    transform = zoomed(transform, factor, at);
    show(transform);
    window.clearTimeout(wheelTimer);
    wheelTimer = window.setTimeout(commit, WHEEL_REST_MS);
  };

  // The wheel scales the picture about the mouse by sigma's own zooming ratio; the view is
  // drawn once the wheel rests.
  renderer.getMouseCaptor().on("wheel", (wheel) => {
    if (!enabled || dragFrom) return;
    // Set the flag itself: sigma 3.0's preventSigmaDefault() on wheel coordinates marks an inner
    // copy, and its zoom animation would run as well.
    wheel.sigmaDefaultPrevented = true;
    const step = renderer.getSetting("zoomingRatio");
    zoomAt(wheel.delta > 0 ? step : 1 / step, wheel);
  });

  // A double click on the stage or a link zooms in there the same way (on a node it expands).
  const doubleClick = ({ event, preventSigmaDefault }: ZoomEvent) => {
    if (!enabled) return;
    preventSigmaDefault();
    zoomAt(renderer.getSetting("doubleClickZoomingRatio"), event);
  };
  renderer.on("doubleClickStage", doubleClick);
  renderer.on("doubleClickEdge", doubleClick);

  return {
    active: () => !isIdentity(transform),
    justEnded: () => ended,
    dispose: () => window.clearTimeout(wheelTimer),
  };
}
