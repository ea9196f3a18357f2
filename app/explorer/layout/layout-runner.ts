/**
 * Runs the two layouts on the render graph without blocking input: ForceAtlas2 in a web worker
 * (graphology-layout-forceatlas2/worker) for neighbourhoods, and the hierarchy (owners above
 * what they own) as an animated move. Pinned nodes (`fixed`) stay where they are.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { animateNodes } from "sigma/utils";
import type { DisplayGraph } from "../../canvas/display-graph";
import { HIERARCHY_RELATIONSHIP_TYPES } from "../../../domain/model";
import {
  DEFAULT_HIERARCHY_OPTIONS,
  hierarchyPositions,
  type HierarchyLink,
} from "../../../domain/layout/hierarchy-layout";

/** Relationship types that rank an entity below another in the hierarchy (the registry's). */
const HIERARCHY_TYPES: ReadonlySet<string> = new Set(HIERARCHY_RELATIONSHIP_TYPES);

export function hierarchyLinks(graph: DisplayGraph): HierarchyLink[] {
  const links: HierarchyLink[] = [];
  graph.forEachEdge((_edge, attributes, from, to) => {
    if (HIERARCHY_TYPES.has(attributes.label)) links.push({ from, to });
  });
  return links;
}

/** How long the force layout runs: longer for bigger graphs, never more than 8 s. */
export function forceDuration(order: number): number {
  return Math.min(8_000, 1_200 + order * 4);
}

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  private cancelAnimation: (() => void) | null = null;
  /** Resolves the promises handed out by `whenArranged` while the hierarchy animation runs. */
  private arrangedWaiters: (() => void)[] = [];

  constructor(
    private readonly graph: DisplayGraph,
    private readonly onRunning: (running: boolean) => void,
  ) {}

  /** Starts ForceAtlas2 in a worker; it stops by itself after `forceDuration`. */
  runForce(): void {
    this.stop();
    if (this.graph.order < 2) return;
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 800,
    };
    this.supervisor = new FA2Layout(this.graph, { settings });
    this.supervisor.start();
    this.onRunning(true);
    this.stopTimer = setTimeout(() => this.stop(), forceDuration(this.graph.order));
  }

  /**
   * Moves every node that is not pinned to its place in the hierarchy, animated; `central`
   * nodes (the chain in focus) are kept in the middle of their level.
   */
  runHierarchy(central: ReadonlySet<string> = new Set(), durationMs = 600): void {
    this.stop();
    const nodes = this.graph.nodes();
    const positions = hierarchyPositions(
      nodes,
      hierarchyLinks(this.graph),
      DEFAULT_HIERARCHY_OPTIONS,
      central,
    );
    const targets: Record<string, { x: number; y: number }> = {};
    // The layout's y grows downwards; sigma's points up.
    for (const [node, { x, y }] of positions) {
      if (!this.graph.getNodeAttribute(node, "fixed")) targets[node] = { x, y: -y };
    }
    this.onRunning(true);
    this.cancelAnimation = animateNodes(
      this.graph,
      targets,
      { duration: durationMs, easing: "quadraticInOut" },
      () => {
        this.cancelAnimation = null;
        this.onRunning(false);
        this.releaseWaiters();
      },
    );
  }

  /**
   * Resolves once the nodes are where the layout puts them and sigma has drawn them: when the
   * hierarchy animation in progress ends (or is stopped), else on the next frame. The force
   * layout moves nodes for seconds and is not waited for. Camera moves wait on this, so they
   * frame the nodes' final places.
   */
  whenArranged(): Promise<void> {
    return new Promise((resolve) => {
      if (this.cancelAnimation) this.arrangedWaiters.push(resolve);
      else afterNextFrame(resolve);
    });
  }

  private releaseWaiters(): void {
    const waiters = this.arrangedWaiters;
    this.arrangedWaiters = [];
    for (const resolve of waiters) afterNextFrame(resolve);
  }

  isRunning(): boolean {
    return this.supervisor !== null || this.cancelAnimation !== null;
  }

  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    if (this.supervisor) {
      this.supervisor.kill();
      this.supervisor = null;
      this.onRunning(false);
    }
    if (this.cancelAnimation) {
      this.cancelAnimation();
      this.cancelAnimation = null;
      this.onRunning(false);
      this.releaseWaiters();
    }
  }
}

/**
 * Calls `done` on the next animation frame. Sigma schedules its render on a frame when node
 * positions change, before this is called, so `done` runs after that render: the positions
 * sigma reports (getNodeDisplayData) are then the new ones.
 */
function afterNextFrame(done: () => void): void {
  requestAnimationFrame(() => done());
}
