/**
 * How much the canvas draws. The full profile is the explorer's picture everywhere a GPU draws
 * WebGL. The software profile is for browsers that rasterise WebGL on the CPU (SwiftShader,
 * llvmpipe: virtual machines, remote desktops, locked-down laptops), where every pixel a shader
 * covers costs CPU time on every redraw: it leaves out what costs most and tells least, and keeps
 * every node, every link and every type's and kind's colour. Chosen automatically from the
 * WebGL renderer's name; the user can pick either.
 */
import { NodeCircleProgram } from "sigma/rendering";
import type { ExplorerSigma } from "./camera";
import type { DisplayGraph } from "./display-graph";
import { edgeProgramClasses, type ExplorerSigmaSettings } from "./sigma-settings";
import { withEdgePickingOnDemand } from "./edge-picking-on-demand";
import {
  simplificationsFor,
  type RenderProfile,
  type RenderProfileChoice,
  type Simplification,
} from "./render-simplifications";
import { usesSoftwareWebGL } from "./picture-camera";

/** The program of plain discs, registered beside the icon program in the software profile. */
const DISC_PROGRAM = "disc";

/**
 * When the software profile draws links into sigma's picking framebuffer: when the pointer next
 * needs it (edge-picking-on-demand.ts), or on every redraw as sigma does (for the benchmark's
 * comparison).
 */
export type EdgePicking = "on demand" | "every redraw";

export function resolveRenderProfile(choice: RenderProfileChoice): RenderProfile {
  if (choice !== "auto") return choice;
  return usesSoftwareWebGL() ? "software" : "full";
}

/**
 * The canvas settings for a profile: `settingsFor(graph)` gives the settings to create the
 * renderer with (the first picture is already the profile's), `follow(sigma)` keeps the
 * simplifications in line as the graph grows and shrinks. The simplifications go through the
 * node reducer (a node drawn by the disc program instead of the icon program), so the display
 * graph stays as it is. The full profile answers the settings unchanged.
 */
export function renderProfileSettings(
  base: ExplorerSigmaSettings,
  profile: RenderProfile,
  only?: readonly Simplification[],
  edgePicking: EdgePicking = "on demand",
) {
  const inForceFor = (graph: DisplayGraph) =>
    simplificationsFor(profile, { nodes: graph.order, relationships: graph.size }, only);
  let discs = false;
  let drawn = "";
  const remember = (inForce: readonly Simplification[]) => {
    discs = inForce.includes("discs");
    drawn = inForce.join();
  };
  const { nodeReducer } = base;
  const settings: ExplorerSigmaSettings =
    profile === "full"
      ? base
      : {
          ...base,
          nodeProgramClasses: { ...base.nodeProgramClasses, [DISC_PROGRAM]: NodeCircleProgram },
          // Links are drawn into sigma's picking framebuffer only when the pointer needs it.
          ...(edgePicking === "on demand"
            ? { edgeProgramClasses: edgeProgramClasses(withEdgePickingOnDemand) }
            : {}),
          nodeReducer: (node, data) => {
            const shown = nodeReducer ? nodeReducer(node, data) : data;
            return discs ? { ...shown, type: DISC_PROGRAM } : shown;
          },
        };
  return {
    settingsFor(graph: DisplayGraph): ExplorerSigmaSettings {
      remember(inForceFor(graph));
      return settings;
    },
    /**
     * Keeps the simplifications in line with the graph's size; answers a function that stops.
     * `onChange` hears the simplifications in force, at once and whenever they change.
     */
    follow(sigma: ExplorerSigma, onChange: (inForce: readonly Simplification[]) => void) {
      const graph = sigma.getGraph();
      const apply = () => {
        const inForce = inForceFor(graph);
        if (inForce.join() === drawn) return;
        remember(inForce);
        // The reducers run again for every node and link.
        sigma.scheduleRefresh();
        onChange(inForce);
      };
      const events = [
        "nodeAdded",
        "edgeAdded",
        "edgeDropped",
        "nodeDropped",
        "cleared",
        "edgesCleared",
      ] as const;
      for (const event of events) graph.on(event, apply);
      onChange(inForceFor(graph));
      apply();
      return () => {
        for (const event of events) graph.off(event, apply);
      };
    },
  };
}
