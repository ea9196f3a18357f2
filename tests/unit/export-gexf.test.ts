import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { exportGexf, gexfAttributeSchema, gexfChunks } from "../../domain/export/gexf-exporter";
import type { Properties, WireGraph } from "../../domain/wire/graph-wire-types";
import { withoutNulls } from "../fixtures/export/property-helpers";
import {
  AISINO_ZH,
  idOfEdge,
  idOfNode,
  NASTY_NAME,
  trickyGraph,
} from "../fixtures/export/tricky-graph";

function declaredTypes(xml: string, kind: "node" | "edge"): Map<string, string> {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const types = new Map<string, string>();
  for (const block of Array.from(document.getElementsByTagName("attributes"))) {
    if (block.getAttribute("class") !== kind) continue;
    for (const attribute of Array.from(block.getElementsByTagName("attribute"))) {
      types.set(attribute.getAttribute("title") ?? "", attribute.getAttribute("type") ?? "");
    }
  }
  return types;
}

/** JSON attribute titles as listed in the meta description. */
function jsonTitles(description: string, kind: "nodes" | "edges"): string[] {
  const match = new RegExp(`${kind} \\[([^\\]]*)\\]`).exec(description);
  return match?.[1] ? match[1].split(", ") : [];
}

function decodeProperties(
  attributes: Record<string, unknown>,
  json: readonly string[],
  structural: readonly string[],
  types: ReadonlyMap<string, string>,
): Properties {
  const properties: Properties = {};
  for (const [name, raw] of Object.entries(attributes)) {
    if (structural.includes(name)) continue;
    // A long is an integer: on the wire, the tagged Integer with its decimal text.
    const value = json.includes(name)
      ? (JSON.parse(String(raw)) as unknown)
      : types.get(name) === "long"
        ? { $type: "Integer", value: String(raw) }
        : raw;
    properties[name] = value as Properties[string];
  }
  return properties;
}

describe("GEXF exporter", () => {
  const xml = exportGexf(trickyGraph, { lastModifiedDate: "2026-05-01" });

  it("is GEXF 1.3 with typed attribute declarations", () => {
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    const nodeTypes = declaredTypes(xml, "node");
    expect(nodeTypes.get("labels")).toBe("string");
    expect(nodeTypes.get("listed")).toBe("boolean");
    expect(nodeTypes.get("employees")).toBe("long");
    const edgeTypes = declaredTypes(xml, "edge");
    expect(edgeTypes.get("type")).toBe("string");
    expect(edgeTypes.get("shareMin")).toBe("double");
    expect(edgeTypes.get("sourceIds")).toBe("string");
  });

  it("lists the JSON attributes in the meta description, as the schema says", () => {
    const graph = parse(Graph, xml);
    const description = String(graph.getAttribute("description"));
    const schema = gexfAttributeSchema(trickyGraph);
    const json = (columns: typeof schema.node) => columns.filter((c) => c.json).map((c) => c.name);
    expect(jsonTitles(description, "nodes")).toEqual(json(schema.node));
    expect(jsonTitles(description, "edges")).toEqual(json(schema.edge));
    expect(jsonTitles(description, "nodes")).toEqual(
      expect.arrayContaining(["labels", "names", "paidInCapital", "founded", "location"]),
    );
    expect(graph.getAttribute("lastModifiedDate")).toBe("2026-05-01");
  });

  it("reads back through graphology-gexf with the same nodes, edges and attributes", () => {
    const graph = parse(Graph, xml);
    const description = String(graph.getAttribute("description"));
    const nodeJson = jsonTitles(description, "nodes");
    const edgeJson = jsonTitles(description, "edges");
    const nodeTypes = declaredTypes(xml, "node");
    const edgeTypes = declaredTypes(xml, "edge");
    expect(graph.order).toBe(trickyGraph.nodes.length);
    expect(graph.size).toBe(trickyGraph.edges.length);
    for (const node of trickyGraph.nodes) {
      const attributes = graph.getNodeAttributes(String(node.attributes.properties.id));
      expect(JSON.parse(String(attributes.labels))).toEqual(node.attributes.labels);
      const properties = decodeProperties(attributes, nodeJson, ["labels", "label"], nodeTypes);
      expect(properties).toEqual(withoutNulls(node.attributes.properties));
    }
    for (const edge of trickyGraph.edges) {
      expect(graph.isDirected(idOfEdge(edge))).toBe(true);
      expect(graph.source(idOfEdge(edge))).toBe(idOfNode(edge.source));
      expect(graph.target(idOfEdge(edge))).toBe(idOfNode(edge.target));
      const attributes = graph.getEdgeAttributes(idOfEdge(edge));
      expect(attributes).toMatchObject({
        type: edge.attributes.type,
        label: edge.attributes.type,
        kind: edge.attributes.type,
      });
      const properties = decodeProperties(
        attributes,
        edgeJson,
        ["type", "label", "kind"],
        edgeTypes,
      );
      expect(properties).toEqual(withoutNulls(edge.attributes.properties));
    }
  });

  it("names nodes and edges by their own ids, not by Neo4j element ids", () => {
    const graph = parse(Graph, xml);
    expect(graph.nodes().sort()).toEqual(["E-aisino", "E-casic", "E-sasac", "S-rfa"]);
    expect(graph.extremities("R-sasac-casic")).toEqual(["E-sasac", "E-casic"]);
    expect(xml).not.toMatch(/"[45]:db:/);
  });

  it("uses the caption as the node label and keeps markup and line breaks in attribute values", () => {
    expect(xml).not.toContain("<script>");
    const graph = parse(Graph, xml);
    expect(graph.getNodeAttribute("E-aisino", "label")).toBe(AISINO_ZH);
    expect(graph.getNodeAttribute("E-aisino", "name")).toBe(NASTY_NAME);
    expect(JSON.parse(String(graph.getNodeAttribute("E-aisino", "names")))).toContain("a\r\nb");
  });

  it("renames properties that the GEXF reader would take for element fields", () => {
    const collision: WireGraph = {
      nodes: [{ key: "a", attributes: { labels: ["X"], properties: { label: "mine" } } }],
      edges: [
        {
          key: "e",
          source: "a",
          target: "a",
          attributes: { type: "T", properties: { weight: 2, kind: "k", label: "l" } },
        },
      ],
    };
    const graph = parse(Graph, exportGexf(collision));
    expect(graph.getNodeAttributes("a")).toMatchObject({ label: "a", "property.label": "mine" });
    expect(graph.getEdgeAttributes("e")).toMatchObject({
      kind: "T",
      "property.weight": 2,
      "property.kind": "k",
      "property.label": "l",
    });
  });

  it("streams the same text in chunks", () => {
    expect([...gexfChunks(trickyGraph, { lastModifiedDate: "2026-05-01" })].join("")).toBe(xml);
  });
});
