/**
 * The render benchmark's clock: when a frame sigma drew is on screen.
 *
 * Sigma's render call only queues WebGL commands; in software WebGL (SwiftShader, llvmpipe) the
 * GPU process rasterises them on the CPU afterwards, and without a GPU compositor Chromium then
 * copies each WebGL canvas back into a bitmap when it commits the next frame. Stopping at the
 * first animation frame after the render stops before both: the picture is not there yet. So
 * the clock reads one pixel back from each of sigma's WebGL contexts (`readPixels` returns only
 * once every queued command is rasterised; Chromium's `gl.finish()` is only a flush), then waits
 * for two animation frames: the first commits the canvases (with the copy), and the second
 * begins only once that commit is done.
 */
import type { ExplorerSigma } from "../canvas/camera";

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Sigma's WebGL contexts (nodes, edges, hovered nodes): a private field of sigma 3. */
export function webGLContexts(sigma: ExplorerSigma): WebGLRenderingContext[] {
  const contexts = (sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> })
    .webGLContexts;
  return Object.values(contexts);
}

const PIXEL = new Uint8Array(4);

/** Returns once every command queued on the context is rasterised (a one-pixel read back). */
export function rasterised(gl: WebGLRenderingContext): void {
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, PIXEL);
}

/** Waits until what sigma has drawn so far is rasterised and shown. */
export async function paintedFrame(sigma: ExplorerSigma): Promise<void> {
  for (const gl of webGLContexts(sigma)) rasterised(gl);
  await nextFrame();
  await nextFrame();
}

/** Resolves, in ms after `start`, at the painted frame of sigma's next render. */
export function paintedAfterNextRender(sigma: ExplorerSigma, start: number): Promise<number> {
  return new Promise((resolve) => {
    sigma.once("afterRender", () => {
      void paintedFrame(sigma).then(() => resolve(performance.now() - start));
    });
  });
}
