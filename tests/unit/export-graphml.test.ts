import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { exportGraphml, graphmlChunks } from "../../domain/export/graphml-exporter";
import type { Properties, WireGraph } from "../../domain/wire/graph-wire-types";
import { withoutNulls } from "../fixtures/export/property-helpers";
import {
  AISINO_ZH,
  idOfEdge,
  idOfNode,
  NASTY_NAME,
  trickyGraph,
} from "../fixtures/export/tricky-graph";

interface KeyDeclaration {
  name: string;
  type: string;
  json: boolean;
}

/** The `<key>` declarations, read with a plain DOM parser. */
function keyDeclarations(xml: string, kind: "node" | "edge"): Map<string, KeyDeclaration> {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const declarations = new Map<string, KeyDeclaration>();
  for (const key of Array.from(document.getElementsByTagName("key"))) {
    if (key.getAttribute("for") !== kind) continue;
    const name = key.getAttribute("attr.name") ?? "";
    const desc = key.getElementsByTagName("desc")[0]?.textContent ?? "";
    declarations.set(name, {
      name,
      type: key.getAttribute("attr.type") ?? "",
      json: desc === "JSON text",
    });
  }
  return declarations;
}

function decode(
  attributes: Record<string, unknown>,
  declarations: Map<string, KeyDeclaration>,
  structural: readonly string[],
): { structural: Record<string, unknown>; properties: Properties } {
  const structuralValues: Record<string, unknown> = {};
  const properties: Properties = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const declaration = declarations.get(name);
    // A long is an integer: on the wire, the tagged Integer with its decimal text.
    const value = declaration?.json
      ? (JSON.parse(String(raw)) as unknown)
      : declaration?.type === "long"
        ? { $type: "Integer", value: String(raw) }
        : raw;
    if (structural.includes(name)) structuralValues[name] = value;
    else properties[name] = value as Properties[string];
  }
  return { structural: structuralValues, properties };
}

function readBack(xml: string) {
  return parse(Graph, xml);
}

describe("GraphML exporter", () => {
  const xml = exportGraphml(trickyGraph);

  it("declares every attribute with a typed key", () => {
    const nodeKeys = keyDeclarations(xml, "node");
    expect(nodeKeys.get("labels")).toEqual({ name: "labels", type: "string", json: true });
    expect(nodeKeys.get("label")?.type).toBe("string");
    expect(nodeKeys.get("names")).toEqual({ name: "names", type: "string", json: true });
    expect(nodeKeys.get("paidInCapital")?.json).toBe(true);
    expect(nodeKeys.get("listed")?.type).toBe("boolean");
    expect(nodeKeys.get("employees")?.type).toBe("long");
    const edgeKeys = keyDeclarations(xml, "edge");
    expect(edgeKeys.get("type")?.type).toBe("string");
    expect(edgeKeys.get("shareMin")?.type).toBe("double");
    expect(edgeKeys.get("shareExact")?.type).toBe("double");
    expect(edgeKeys.get("sourceIds")).toEqual({ name: "sourceIds", type: "string", json: true });
    expect(edgeKeys.get("quotes")?.json).toBe(true);
  });

  it("reads back through graphology-graphml with the same nodes, edges and attributes", () => {
    const graph = readBack(xml);
    const nodeKeys = keyDeclarations(xml, "node");
    const edgeKeys = keyDeclarations(xml, "edge");
    expect(graph.type).toBe("directed");
    expect(graph.order).toBe(trickyGraph.nodes.length);
    expect(graph.size).toBe(trickyGraph.edges.length);
    for (const node of trickyGraph.nodes) {
      const decoded = decode(
        graph.getNodeAttributes(String(node.attributes.properties.id)),
        nodeKeys,
        ["labels", "label"],
      );
      expect(decoded.structural.labels).toEqual(node.attributes.labels);
      expect(decoded.properties).toEqual(withoutNulls(node.attributes.properties));
    }
    for (const edge of trickyGraph.edges) {
      expect(graph.source(idOfEdge(edge))).toBe(idOfNode(edge.source));
      expect(graph.target(idOfEdge(edge))).toBe(idOfNode(edge.target));
      const decoded = decode(graph.getEdgeAttributes(idOfEdge(edge)), edgeKeys, ["type", "label"]);
      expect(decoded.structural.type).toBe(edge.attributes.type);
      expect(decoded.properties).toEqual(withoutNulls(edge.attributes.properties));
    }
  });

  it("names nodes and edges by their own ids, not by Neo4j element ids", () => {
    const graph = readBack(xml);
    expect(graph.nodes().sort()).toEqual(["E-aisino", "E-casic", "E-sasac", "S-rfa"]);
    expect(graph.edges()).toContain("R-casic-aisino");
    expect(graph.extremities("R-sasac-casic")).toEqual(["E-sasac", "E-casic"]);
    expect(xml).not.toMatch(/"[45]:db:/);
    const withoutIds: WireGraph = {
      nodes: [
        { key: "4:x:1", attributes: { labels: ["X"], properties: { id: "same" } } },
        { key: "4:x:2", attributes: { labels: ["X"], properties: { id: "same" } } },
        { key: "4:x:3", attributes: { labels: ["X"], properties: {} } },
      ],
      edges: [],
    };
    // Without an id of their own, or with one another node also has, nodes keep their keys.
    expect(readBack(exportGraphml(withoutIds)).nodes()).toEqual(["4:x:1", "4:x:2", "4:x:3"]);
  });

  it("keeps markup, line breaks and Chinese text as text", () => {
    expect(xml).not.toContain("<script>");
    const graph = readBack(xml);
    expect(graph.getNodeAttribute("E-aisino", "name")).toBe(NASTY_NAME);
    expect(graph.getNodeAttribute("E-aisino", "label")).toBe(AISINO_ZH);
    expect(graph.getNodeAttribute("E-aisino", "nameZh")).toBe(AISINO_ZH);
  });

  it("renames a property that collides with a structural attribute", () => {
    const collision: WireGraph = {
      nodes: [
        { key: "a", attributes: { labels: ["X"], properties: { labels: "mine", label: 1 } } },
      ],
      edges: [
        {
          key: "e",
          source: "a",
          target: "a",
          attributes: { type: "T", properties: { type: "t" } },
        },
      ],
    };
    const graph = readBack(exportGraphml(collision));
    expect(graph.getNodeAttributes("a")).toMatchObject({
      labels: '["X"]',
      "property.labels": "mine",
      "property.label": 1,
    });
    expect(graph.getEdgeAttributes("e")).toMatchObject({ type: "T", "property.type": "t" });
  });

  it("writes an empty graph and streams the same text in chunks", () => {
    const empty = readBack(exportGraphml({ nodes: [], edges: [] }));
    expect(empty.order).toBe(0);
    expect([...graphmlChunks(trickyGraph)].join("")).toBe(xml);
  });

  it("replaces characters XML cannot hold instead of writing invalid XML", () => {
    const control: WireGraph = {
      nodes: [{ key: "a", attributes: { labels: ["X"], properties: { name: "bell\u0007tab\t" } } }],
      edges: [],
    };
    const graph = readBack(exportGraphml(control));
    expect(graph.getNodeAttribute("a", "name")).toBe("bell\uFFFDtab\t");
  });
});
