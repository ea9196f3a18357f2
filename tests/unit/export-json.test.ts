import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  exportGraphologyJson,
  jsonChunks,
  toSerializedGraph,
} from "../../domain/export/json-exporter";
import { BIG_INTEGER, NASTY_NAME, trickyGraph } from "../fixtures/export/tricky-graph";

function original(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of trickyGraph.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of trickyGraph.edges) {
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}

describe("graphology JSON exporter", () => {
  it("imports with Graph.from into a graph equal to the original", () => {
    const text = exportGraphologyJson(trickyGraph, { attributes: { title: NASTY_NAME } });
    const imported = Graph.from(JSON.parse(text) as ReturnType<typeof toSerializedGraph>);
    expect(imported.type).toBe("directed");
    expect(imported.multi).toBe(true);
    expect(imported.getAttribute("title")).toBe(NASTY_NAME);
    const expected = original().export();
    const actual = imported.export();
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.edges).toEqual(expected.edges);
  });

  it("merges into a graph on screen with graph.import", () => {
    const onScreen = new MultiDirectedGraph();
    onScreen.addNode("4:db:0", { labels: ["Entity"], properties: {} });
    onScreen.import(
      JSON.parse(exportGraphologyJson(trickyGraph)) as ReturnType<typeof toSerializedGraph>,
      true,
    );
    expect(onScreen.order).toBe(trickyGraph.nodes.length);
    expect(onScreen.size).toBe(trickyGraph.edges.length);
    expect(onScreen.getNodeAttribute("4:db:0", "properties")).toMatchObject({
      paidInCapital: { $type: "Integer", value: BIG_INTEGER },
    });
  });

  it("is the wire graph as is, plus attributes and options", () => {
    const parsed = JSON.parse(exportGraphologyJson(trickyGraph)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["attributes", "options", "nodes", "edges"]);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toSerializedGraph(trickyGraph))));
    expect(parsed.nodes).toEqual(trickyGraph.nodes);
    expect(parsed.edges).toEqual(JSON.parse(JSON.stringify(trickyGraph.edges)));
  });

  it("writes the same data pretty or compact, whole or in chunks", () => {
    const compact = exportGraphologyJson(trickyGraph);
    const pretty = exportGraphologyJson(trickyGraph, { pretty: true });
    expect(pretty).toContain("\n");
    expect(JSON.parse(pretty)).toEqual(JSON.parse(compact));
    expect([...jsonChunks(trickyGraph)].join("")).toBe(compact);
    const empty = JSON.parse(exportGraphologyJson({ nodes: [], edges: [] }, { pretty: true }));
    expect(empty).toMatchObject({ nodes: [], edges: [] });
  });
});
