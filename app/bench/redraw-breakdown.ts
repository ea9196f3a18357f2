/**
 * Where a redraw's time goes, layer by layer (the render benchmark's breakdown). Each WebGL
 * program's draw is fenced with a one-pixel read back before and after (painted-frame.ts), so
 * the time between is what
 * SwiftShader spends rasterising that program alone; picking passes (the hidden, smaller
 * framebuffers sigma reads hovered items from) are counted apart. Labels: sigma's label pass plus
 * the label placement that follows it in a microtask (draw-label.ts), flushed by reading a pixel
 * of the label canvas back. The minimap's own drawing is read from its running total.
 * What is left of the painted frame is sigma's own JavaScript and the compositor: copying the
 * canvases back and putting the layers together.
 */
import type { ExplorerSigma } from "../canvas/camera";
import { minimapDrawingMs } from "../canvas/Minimap";
import { paintedFrame, rasterised } from "./painted-frame";

/** Milliseconds by part of the redraw; `painted` is the whole, from camera change to frame. */
export type RedrawParts = Record<string, number>;

interface ProgramInfoLike {
  gl: WebGLRenderingContext;
}
interface ProgramLike {
  programs?: ProgramLike[];
  pickProgram?: ProgramInfoLike | null;
  renderProgram?: (params: unknown, info: ProgramInfoLike) => void;
}
interface SigmaInternals {
  nodePrograms: Record<string, ProgramLike>;
  edgePrograms: Record<string, ProgramLike>;
  renderLabels: () => unknown;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
}

/** What each program (or part of a compound program) of the explorer's canvas draws. */
const PART_NAMES: Record<string, readonly string[]> = {
  entity: ["nodes"],
  disc: ["nodes"],
  solidArrow: ["edges", "arrow heads"],
  dashedArrow: ["dashed edges", "arrow heads"],
  dottedLine: ["dashed edges"],
  plainLine: ["edges"],
};

const RENDER_CALL = "render call";
const LABELS_IN_CALL = "labels in the render call";

export function instrumentRedraw(sigma: ExplorerSigma): () => RedrawParts {
  const internals = sigma as unknown as SigmaInternals;
  let parts: RedrawParts = {};
  const add = (part: string, ms: number) => {
    parts[part] = (parts[part] ?? 0) + ms;
  };
  const fence = (program: ProgramLike, part: string) => {
    const original = program.renderProgram;
    if (!original) return;
    program.renderProgram = function (params, info) {
      rasterised(info.gl);
      const start = performance.now();
      original.call(this, params, info);
      rasterised(info.gl);
      const picking = info === program.pickProgram;
      add(
        picking ? `picking: ${part === "nodes" ? "nodes" : "edges"}` : part,
        performance.now() - start,
      );
    };
  };
  const programs = { ...internals.nodePrograms, ...internals.edgePrograms };
  for (const [type, program] of Object.entries(programs)) {
    const names = PART_NAMES[type] ?? [type];
    const subPrograms = program.programs ?? [program];
    subPrograms.forEach((sub, index) => fence(sub, names[index] ?? names[0] ?? type));
  }

  let renderStart = 0;
  let labelsStart = 0;
  let labelsSync = 0;
  const originalLabels = internals.renderLabels;
  internals.renderLabels = function () {
    labelsStart = performance.now();
    const result = originalLabels.call(this);
    labelsSync = performance.now() - labelsStart;
    return result;
  };
  sigma.on("beforeRender", () => {
    renderStart = performance.now();
  });
  sigma.on("afterRender", () => {
    const renderEnd = performance.now();
    add(RENDER_CALL, renderEnd - renderStart);
    add(LABELS_IN_CALL, labelsSync);
    // Runs after draw-label.ts's placement, queued earlier in the same render.
    queueMicrotask(() => {
      internals.canvasContexts.labels?.getImageData(0, 0, 1, 1);
      add("labels", labelsSync + performance.now() - renderEnd);
    });
  });

  /** Answers the parts recorded since the last call. */
  return () => {
    const taken = parts;
    parts = {};
    return taken;
  };
}

/** Sets the camera to `target`, waits for the painted frame, and answers the redraw's parts. */
export async function measureRedraw(
  sigma: ExplorerSigma,
  takeParts: () => RedrawParts,
  target: { x: number; ratio: number },
): Promise<RedrawParts> {
  takeParts();
  const minimapBefore = minimapDrawingMs();
  const start = performance.now();
  sigma.getCamera().setState(target);
  await new Promise<void>((resolve) => sigma.once("afterRender", () => resolve()));
  await paintedFrame(sigma);
  const painted = performance.now() - start;
  const { [RENDER_CALL]: call = 0, [LABELS_IN_CALL]: labelsInCall = 0, ...parts } = takeParts();
  const minimap = minimapDrawingMs() - minimapBefore;
  const drawn = Object.values(parts).reduce((sum, ms) => sum + ms, 0);
  const labels = parts["labels"] ?? 0;
  return {
    ...parts,
    minimap,
    "sigma's JavaScript": call - (drawn - labels) - labelsInCall,
    "frame: wait, copy back, compositing": painted - call - (labels - labelsInCall) - minimap,
    painted,
  };
}
