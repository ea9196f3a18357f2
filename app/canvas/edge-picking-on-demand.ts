/**
 * Edge picking on demand, for the software render profile. Sigma draws every edge twice on each
 * render: into a hidden framebuffer, each edge in a colour that encodes its index, so that a
 * pixel read under the mouse says which link it is over ("picking"), and on screen. Where WebGL
 * is rasterised on the CPU the hidden pass is a quarter to a third of every redraw, though it is
 * only ever read when the pointer moves over the canvas, presses, clicks or turns the wheel.
 *
 * A program wrapped here draws on screen only, and keeps the render's parameters; the first
 * pointer event over the canvas after that render draws the picking pass with them, before sigma
 * reads the pixel under the pointer (the listeners run in the capture phase, ahead of sigma's
 * own). So picking sees exactly what the last render drew, as before, and a redraw nobody points
 * at costs no picking at all. Nodes keep sigma's picking on every render: hovering a node draws
 * its halo at once, and node picking is the smaller pass.
 */
import type Sigma from "sigma";
import { EdgeProgram, type EdgeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { DisplayEdge, DisplayNode } from "./display-graph";

type ExplorerSigmaRenderer = Sigma<DisplayNode, DisplayEdge>;
type AnyEdgeProgram = EdgeProgram<string, DisplayNode, DisplayEdge>;
/** An edge program of a concrete class: what its abstract members are, it has. */
type ConcreteEdgeProgram = AnyEdgeProgram &
  Pick<AnyEdgeProgram, "getDefinition" | "processVisibleItem" | "setUniforms">;

/** A sigma edge program class that draws in one pass (not a compound of several programs). */
export type SinglePassEdgeProgramClass = new (
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: ExplorerSigmaRenderer,
) => ConcreteEdgeProgram;

/** Sigma types its factories' classes loosely; this checks one really is a single pass. */
export function isSinglePassEdgeProgram(
  Program: EdgeProgramType<DisplayNode, DisplayEdge>,
): Program is EdgeProgramType<DisplayNode, DisplayEdge> & SinglePassEdgeProgramClass {
  return Program.prototype instanceof EdgeProgram;
}

/** The DOM events after which sigma reads the picking framebuffers (its captors' events). */
const POINTER_EVENTS = [
  "mousemove",
  "mousedown",
  "mouseup",
  "click",
  "contextmenu",
  "wheel",
  "touchstart",
  "touchmove",
  "touchend",
] as const;

interface OwedPicking {
  /** Draws the picking pass the last render left out, if any. */
  drawOwedPicking(): void;
  /** The render's picking texture is gone (a new render began): nothing is owed any more. */
  forgetOwedPicking(): void;
}

/** The wrapped programs of one renderer, and the listeners that draw what they owe. */
class PickingOnDemand {
  readonly programs = new Set<OwedPicking>();

  constructor(renderer: ExplorerSigmaRenderer) {
    const container = renderer.getContainer();
    const drawOwed = () => {
      for (const program of this.programs) program.drawOwedPicking();
    };
    // Sigma makes a new, empty picking texture at the start of every render, whether or not
    // that render draws the edges (it leaves them out while moving with `hideEdgesOnMove`).
    const forgetOwed = () => {
      for (const program of this.programs) program.forgetOwedPicking();
    };
    for (const event of POINTER_EVENTS) {
      container.addEventListener(event, drawOwed, { capture: true, passive: true });
    }
    renderer.on("beforeRender", forgetOwed);
    renderer.once("kill", () => {
      for (const event of POINTER_EVENTS) {
        container.removeEventListener(event, drawOwed, { capture: true });
      }
      renderer.off("beforeRender", forgetOwed);
      this.programs.clear();
      PICKING_BY_RENDERER.delete(renderer);
    });
  }
}

const PICKING_BY_RENDERER = new WeakMap<ExplorerSigmaRenderer, PickingOnDemand>();

function pickingOnDemandOf(renderer: ExplorerSigmaRenderer): PickingOnDemand {
  let picking = PICKING_BY_RENDERER.get(renderer);
  if (!picking) {
    picking = new PickingOnDemand(renderer);
    PICKING_BY_RENDERER.set(renderer, picking);
  }
  return picking;
}

/**
 * The program drawing on screen only at each render, and its picking pass when the pointer
 * next needs it. The two passes are sigma's own (`Program.render`), taken apart.
 */
export function withEdgePickingOnDemand(
  Base: SinglePassEdgeProgramClass,
): SinglePassEdgeProgramClass {
  return class EdgePickingOnDemand extends Base implements OwedPicking {
    /** The parameters of the last render, while its picking pass is not drawn. */
    owed: RenderParams | null = null;

    constructor(
      gl: WebGLRenderingContext | WebGL2RenderingContext,
      pickingBuffer: WebGLFramebuffer | null,
      renderer: ExplorerSigmaRenderer,
    ) {
      super(gl, pickingBuffer, renderer);
      pickingOnDemandOf(renderer).programs.add(this);
    }

    override render(params: RenderParams): void {
      this.owed = null;
      if (this.hasNothingToRender()) return;
      const { gl } = this.normalProgram;
      gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
      if (this.pickProgram) this.owed = params;
    }

    drawOwedPicking(): void {
      const params = this.owed;
      const picking = this.pickProgram;
      if (!params || !picking) return;
      this.owed = null;
      const { gl } = picking;
      const scale = params.pixelRatio / params.downSizingRatio;
      gl.viewport(0, 0, params.width * scale, params.height * scale);
      this.bindProgram(picking);
      this.renderProgram({ ...params, pixelRatio: scale }, picking);
      this.unbindProgram(picking);
      // Leave the context as a render leaves it: drawing to the screen, at full size.
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }

    forgetOwedPicking(): void {
      this.owed = null;
    }

    override kill(): void {
      PICKING_BY_RENDERER.get(this.renderer)?.programs.delete(this);
      super.kill();
    }
  };
}
