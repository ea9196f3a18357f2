import type { WireGraph } from "../wire/graph-wire-types";

/** Upper bounds for one export; a graph above either is refused before any work is done. */
export interface ExportSizeCaps {
  maxNodes: number;
  maxEdges: number;
}

export class ExportTooLargeError extends Error {
  override readonly name = "ExportTooLargeError";

  constructor(
    readonly nodeCount: number,
    readonly edgeCount: number,
    readonly caps: ExportSizeCaps,
  ) {
    const over: string[] = [];
    if (nodeCount > caps.maxNodes) {
      over.push(`${count(nodeCount)} nodes (limit ${count(caps.maxNodes)})`);
    }
    if (edgeCount > caps.maxEdges) {
      over.push(`${count(edgeCount)} relationships (limit ${count(caps.maxEdges)})`);
    }
    super(
      `This graph is too large to export: ${over.join(" and ")}. Narrow it first: export the ` +
        "selection only, hide labels or relationship types you do not need, filter by firmness, " +
        "or lower the expansion depth, then export again.",
    );
  }
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** Throws `ExportTooLargeError` when the graph has more nodes or relationships than allowed. */
export function checkExportSize(graph: WireGraph, caps: ExportSizeCaps): void {
  const nodeCount = graph.nodes.length;
  const edgeCount = graph.edges.length;
  if (nodeCount > caps.maxNodes || edgeCount > caps.maxEdges) {
    throw new ExportTooLargeError(nodeCount, edgeCount, caps);
  }
}
