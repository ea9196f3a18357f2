import type {
  Properties,
  SerializedEdge,
  SerializedNode,
  WireGraph,
} from "../wire/graph-wire-types";
import type { ExportDisplayState } from "./export-format-types";
import { badExportRequest } from "./export-request-error";
import type { SvgEdgeDisplay, SvgNodeDisplay, SvgViewport } from "./svg-exporter";

/**
 * Checks a graph and its display state sent by the browser (or read from a file by the CLI): the
 * shapes the exporters rely on, and relationships whose ends are in the graph. Values are escaped by the exporters, so any
 * text is safe; only the structure is checked here.
 */

const MAX_PICTURE_SIDE = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function readNode(value: unknown, index: number): SerializedNode {
  const attributes = isRecord(value) ? value.attributes : undefined;
  if (
    !isRecord(value) ||
    typeof value.key !== "string" ||
    !isRecord(attributes) ||
    !isStringList(attributes.labels) ||
    !isRecord(attributes.properties)
  ) {
    throw badExportRequest(
      `graph.nodes[${index}] must be { key, attributes: { labels: [..], properties: {..} } }.`,
    );
  }
  return {
    key: value.key,
    attributes: { labels: attributes.labels, properties: attributes.properties as Properties },
  };
}

function readEdge(value: unknown, index: number, keys: ReadonlySet<string>): SerializedEdge {
  const attributes = isRecord(value) ? value.attributes : undefined;
  if (
    !isRecord(value) ||
    typeof value.key !== "string" ||
    typeof value.source !== "string" ||
    typeof value.target !== "string" ||
    !isRecord(attributes) ||
    typeof attributes.type !== "string" ||
    !isRecord(attributes.properties)
  ) {
    throw badExportRequest(
      `graph.edges[${index}] must be { key, source, target, attributes: { type, properties } }.`,
    );
  }
  for (const end of [value.source, value.target]) {
    if (!keys.has(end)) {
      throw badExportRequest(
        `graph.edges[${index}] (${value.key}) ends at "${end}", which is not a node.`,
      );
    }
  }
  return {
    key: value.key,
    source: value.source,
    target: value.target,
    attributes: { type: attributes.type, properties: attributes.properties as Properties },
  };
}

/** A wire graph (graphology's serialized form) from a request. */
export function readWireGraph(value: unknown): WireGraph {
  if (!isRecord(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) {
    throw badExportRequest('"graph" must be { nodes: [...], edges: [...] } in graphology\'s form.');
  }
  const nodes = value.nodes.map(readNode);
  const keys = new Set(nodes.map((node) => node.key));
  if (keys.size !== nodes.length)
    throw badExportRequest('"graph" holds two nodes with the same key.');
  const edges = value.edges.map((edge, index) => readEdge(edge, index, keys));
  if (new Set(edges.map((edge) => edge.key)).size !== edges.length) {
    throw badExportRequest('"graph" holds two relationships with the same key.');
  }
  return { nodes, edges };
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function optionalLabel(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function readNodeDisplay(key: string, value: unknown): SvgNodeDisplay {
  if (
    !isRecord(value) ||
    !finite(value.x) ||
    !finite(value.y) ||
    !finite(value.size) ||
    typeof value.color !== "string"
  ) {
    throw badExportRequest(
      `display.nodes["${key}"] must be { x, y, size, color, label?, hidden? }.`,
    );
  }
  return {
    x: value.x,
    y: value.y,
    size: Math.max(0, value.size),
    color: value.color,
    label: optionalLabel(value.label),
    hidden: value.hidden === true,
  };
}

function readEdgeDisplay(key: string, value: unknown): SvgEdgeDisplay {
  if (!isRecord(value) || !finite(value.size) || typeof value.color !== "string") {
    throw badExportRequest(
      `display.edges["${key}"] must be { size, color, label?, hidden?, line?, arrow? }.`,
    );
  }
  const line = value.line ?? "solid";
  if (line !== "solid" && line !== "dashed" && line !== "dotted") {
    throw badExportRequest(`display.edges["${key}"].line must be "solid", "dashed" or "dotted".`);
  }
  if (value.arrow !== undefined && typeof value.arrow !== "boolean") {
    throw badExportRequest(`display.edges["${key}"].arrow must be true or false.`);
  }
  return {
    size: Math.max(0, value.size),
    color: value.color,
    label: optionalLabel(value.label),
    hidden: value.hidden === true,
    line,
    arrow: value.arrow !== false,
  };
}

function readViewport(value: unknown): SvgViewport {
  if (!isRecord(value) || !finite(value.width) || !finite(value.height)) {
    throw badExportRequest(
      'display.viewport must be { width, height, coordinates: "screen" | "graph" }.',
    );
  }
  const { width, height } = value;
  if (width < 1 || height < 1 || width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) {
    throw badExportRequest(
      `display.viewport must be 1 to ${MAX_PICTURE_SIDE} pixels on each side.`,
    );
  }
  const coordinates = value.coordinates === "graph" ? "graph" : "screen";
  const viewport: SvgViewport = { width, height, coordinates };
  if (typeof value.background === "string" || value.background === null) {
    viewport.background = value.background;
  }
  if (typeof value.labelColor === "string") viewport.labelColor = value.labelColor;
  if (finite(value.labelSize)) viewport.labelSize = value.labelSize;
  if (finite(value.edgeLabelSize)) viewport.edgeLabelSize = value.edgeLabelSize;
  if (typeof value.fontFamily === "string") viewport.fontFamily = value.fontFamily;
  if (finite(value.padding)) viewport.padding = value.padding;
  return viewport;
}

function readStates<T>(
  value: unknown,
  what: string,
  read: (key: string, value: unknown) => T,
): Map<string, T> {
  const states = new Map<string, T>();
  if (value === undefined) return states;
  if (!isRecord(value))
    throw badExportRequest(`display.${what} must be an object keyed by ${what} key.`);
  for (const [key, state] of Object.entries(value)) states.set(key, read(key, state));
  return states;
}

/** How the canvas draws the graph: positions, sizes, colours and labels, and the viewport. */
export function readDisplayState(value: unknown): ExportDisplayState {
  if (!isRecord(value)) {
    throw badExportRequest(
      '"display" must be { nodes: {key: {x, y, size, color, label}}, edges, viewport }.',
    );
  }
  return {
    nodes: readStates(value.nodes, "nodes", readNodeDisplay),
    edges: readStates(value.edges, "edges", readEdgeDisplay),
    viewport: readViewport(value.viewport),
  };
}
