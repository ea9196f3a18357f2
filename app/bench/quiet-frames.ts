import type { RedrawTimes } from "./bench-graph";

/** How long a renderer draws nothing before its picture counts as final. */
const QUIET_MS = 700;

/**
 * Times the frames a renderer draws after a change made at `start`: the first and the last
 * painted one, once it has drawn nothing more for QUIET_MS. A renderer that draws a quick
 * picture first and a sharper one after (Cytoscape.js does) shows both figures.
 * `subscribe` registers a callback for every frame the renderer draws and answers how to stop;
 * `painted` waits until what it has drawn is on screen.
 */
export function afterQuiet(
  start: number,
  subscribe: (onFrame: () => void) => () => void,
  painted: () => Promise<void>,
): Promise<RedrawTimes> {
  return new Promise((resolve) => {
    let firstMs = Number.NaN;
    let fullMs = Number.NaN;
    let pending = 0;
    let lastActivity = performance.now();
    const unsubscribe = subscribe(() => {
      pending++;
      lastActivity = performance.now();
      void painted().then(() => {
        const ms = performance.now() - start;
        if (Number.isNaN(firstMs)) firstMs = ms;
        fullMs = ms;
        pending--;
        lastActivity = performance.now();
      });
    });
    const check = () => {
      const quiet = performance.now() - lastActivity >= QUIET_MS;
      if (pending === 0 && !Number.isNaN(firstMs) && quiet) {
        unsubscribe();
        resolve({ firstMs, fullMs });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
