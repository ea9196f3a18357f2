/**
 * Sigma's settings for the explorer's canvas (and the render benchmark): edge programs per
 * style, labels chosen by density, and reducers that apply the highlight without touching the
 * data. The reducers do set lookups only, so 20,000 nodes stay smooth.
 */
import type { Settings } from "sigma/settings";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeRectangleProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import { createNodeImageProgram } from "@sigma/node-image";
import type { DisplayEdge, DisplayNode } from "./display-graph";
import { createDashedEdgeProgram } from "./dashed-edge-program";
import { isSinglePassEdgeProgram, type SinglePassEdgeProgramClass } from "./edge-picking-on-demand";
import { CHANGE_COLOURS, type EdgeProgramName } from "./edge-style";
import { drawEntityHover, drawEntityLabel } from "./draw-label";
import {
  EMPTY_HIGHLIGHT,
  edgeEmphasis,
  isQuiet,
  nodeEmphasis,
  type HighlightState,
} from "./highlight";

const DIMMED_NODE = "#d9dde4";
const DIMMED_EDGE = "#e4e7ec";

export type ExplorerSigmaSettings = Partial<Settings<DisplayNode, DisplayEdge>>;

type ExplorerEdgeProgram = EdgeProgramType<DisplayNode, DisplayEdge>;

function singlePass(Program: ExplorerEdgeProgram): SinglePassEdgeProgramClass {
  if (!isSinglePassEdgeProgram(Program)) {
    throw new Error("sigma-settings: an edge style's part must be a single-pass edge program");
  }
  return Program;
}

const ARROW_HEAD = singlePass(createEdgeArrowHeadProgram<DisplayNode, DisplayEdge>());
/**
 * The passes each edge style draws, in order: a line (solid, dashed or dotted) and, for the
 * kinds that have one, an arrow head (sigma's arrow program is the clamped line and the head).
 */
const EDGE_STYLE_PASSES: Readonly<Record<EdgeProgramName, readonly SinglePassEdgeProgramClass[]>> =
  {
    solidArrow: [singlePass(createEdgeClampedProgram<DisplayNode, DisplayEdge>()), ARROW_HEAD],
    dashedArrow: [singlePass(createDashedEdgeProgram(7, 5)), ARROW_HEAD],
    dottedLine: [singlePass(createDashedEdgeProgram(2, 4))],
    plainLine: [EdgeRectangleProgram],
  };

/**
 * Sigma's edge program classes, one per edge style, each pass given to `wrap` first (the
 * software profile draws edge picking on demand that way; the full profile wraps nothing).
 */
export function edgeProgramClasses(
  wrap: (pass: SinglePassEdgeProgramClass) => SinglePassEdgeProgramClass = (pass) => pass,
): Record<string, ExplorerEdgeProgram> {
  return Object.fromEntries(
    Object.entries(EDGE_STYLE_PASSES).map(([style, passes]) => {
      const wrapped = passes.map(wrap);
      const [only] = wrapped;
      return [style, wrapped.length === 1 && only ? only : createEdgeCompoundProgram(wrapped)];
    }),
  );
}

/** Settings with reducers that read the highlight through `current` on every frame. */
export function createSigmaSettings(current: () => HighlightState): ExplorerSigmaSettings {
  return {
    renderEdgeLabels: false,
    // Every node is drawn with its type's icon inside (a texture shared by the node and hover
    // programs of this renderer, so the settings are made once per sigma instance).
    defaultNodeType: "entity",
    nodeProgramClasses: {
      entity: createNodeImageProgram<DisplayNode, DisplayEdge>({
        drawingMode: "background",
        keepWithinCircle: true,
        padding: 0.2,
        // The seven icons load together: one texture (and one redraw) soon after, not 500 ms on.
        debounceTimeout: 50,
      }),
    },
    enableEdgeEvents: true,
    defaultEdgeType: "solidArrow",
    edgeProgramClasses: edgeProgramClasses(),
    labelFont: 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif',
    labelSize: 12,
    labelWeight: "500",
    labelDensity: 1,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: drawEntityLabel,
    defaultDrawNodeHover: drawEntityHover,
    minCameraRatio: 0.01,
    maxCameraRatio: 50,
    stagePadding: 60,
    zIndex: true,
    nodeReducer: (node, data) => {
      const state = current();
      if (isQuiet(state)) return data;
      switch (nodeEmphasis(state, node)) {
        case "dimmed":
          return { ...data, color: DIMMED_NODE, label: "", zIndex: 0 };
        case "strong":
          return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        case "neighbour":
          return { ...data, forceLabel: true, zIndex: 2 };
        case "end":
          return { ...data, size: data.size * 1.4, highlighted: true, forceLabel: true, zIndex: 3 };
        case "normal":
          // Chain and path members keep their labels (where they do not collide).
          return { ...data, forceLabel: state.focusNodes !== null, zIndex: 1 };
      }
    },
    edgeReducer: (edge, data) => {
      const state = current();
      if (isQuiet(state)) return data;
      const change = state.changedEdges?.get(edge);
      if (change !== undefined && edge !== state.selectedEdge && state.hovered === null) {
        return { ...data, color: CHANGE_COLOURS[change], size: data.size + 1.5, zIndex: 2 };
      }
      switch (edgeEmphasis(state, edge)) {
        case "dimmed":
          return { ...data, color: DIMMED_EDGE, zIndex: 0 };
        case "strong":
          return { ...data, size: data.size + 1.5, zIndex: 2 };
        case "normal":
          return data;
      }
    },
  };
}

/** The canvas settings with nothing highlighted (the benchmark draws with these). */
export const SIGMA_SETTINGS: ExplorerSigmaSettings = createSigmaSettings(() => EMPTY_HIGHLIGHT);
