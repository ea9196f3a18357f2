import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { findChromium } from "../../server/export/chromium";
import { AISINO_ZH, NASTY_NAME, trickyGraph } from "../fixtures/export/tricky-graph";
import { postExport } from "../support/export-api";
import { startTestServer, type TestServer } from "../support/test-server";

/**
 * Names with markup, ampersands, quotes, commas, line breaks and Chinese characters, sent as
 * the browser sends the canvas (graph + display), come back intact from every format.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const QUOTE_NAME = `He said "no", & left <fast>, 中文`;
const display = {
  nodes: Object.fromEntries(
    trickyGraph.nodes.map((node, index) => [
      node.key,
      {
        x: 100 + 150 * index,
        y: 80 + 40 * index,
        size: 8,
        color: "#2f6db5",
        label: index === 1 ? QUOTE_NAME : String(node.attributes.properties.caption ?? node.key),
      },
    ]),
  ),
  edges: Object.fromEntries(
    trickyGraph.edges.map((edge) => [
      edge.key,
      { size: 2, color: "#24527a", label: `${edge.attributes.type} ${NASTY_NAME}` },
    ]),
  ),
  viewport: { width: 800, height: 400, coordinates: "screen" },
};
const request = { graph: trickyGraph, display, title: `Report <&> "${AISINO_ZH}"` };

function nodeByKey(graph: WireGraph, key: string) {
  return graph.nodes.find((node) => node.key === key);
}

describe("names survive every format", () => {
  it("GraphML", async () => {
    const response = await postExport(server.baseUrl, { format: "graphml", ...request });
    const graph = parseGraphml(Graph, response.text);
    expect(graph.getNodeAttribute("E-aisino", "name")).toBe(NASTY_NAME);
    expect(graph.getNodeAttribute("E-aisino", "nameZh")).toBe(AISINO_ZH);
    const names = JSON.parse(String(graph.getNodeAttribute("E-aisino", "names"))) as string[];
    expect(names).toContain('say "hi"; bye');
  });

  it("GEXF", async () => {
    const response = await postExport(server.baseUrl, { format: "gexf", ...request });
    const graph = parseGexf(Graph, response.text);
    expect(graph.getNodeAttribute("E-aisino", "name")).toBe(NASTY_NAME);
    expect(graph.getNodeAttribute("E-casic", "nameZh")).toBe("中国航天科工集团有限公司");
  });

  it("JSON", async () => {
    const response = await postExport(server.baseUrl, { format: "json", ...request });
    const graph = JSON.parse(response.text) as WireGraph;
    expect(nodeByKey(graph, "4:db:0")?.attributes.properties.name).toBe(NASTY_NAME);
    expect(graph.edges).toEqual(trickyGraph.edges);
  });

  it("CSV", async () => {
    const response = await postExport(server.baseUrl, { format: "csv", part: "nodes", ...request });
    expect(response.text).toContain(`"${NASTY_NAME.replaceAll('"', '""')}"`);
    expect(response.text).toContain(AISINO_ZH);
  });

  it("Cypher", async () => {
    const response = await postExport(server.baseUrl, { format: "cypher", ...request });
    expect(response.text).toContain(
      String.raw`'Aisino <script>alert("x")</script> & Co., \'Ltd\'\nline two'`,
    );
    expect(response.text).toContain(AISINO_ZH);
  });

  it("SVG: every label on the canvas is a text element, unchanged", async () => {
    const response = await postExport(server.baseUrl, { format: "svg", ...request });
    const document = new DOMParser().parseFromString(response.text, "image/svg+xml");
    const texts = Array.from(document.getElementsByTagName("text")).map((t) => t.textContent);
    for (const state of Object.values(display.nodes)) expect(texts).toContain(state.label);
    for (const state of Object.values(display.edges)) expect(texts).toContain(state.label);
    const circle = Array.from(document.getElementsByTagName("circle")).find(
      (element) => element.getAttribute("data-key") === "4:db:2",
    );
    expect([circle?.getAttribute("cx"), circle?.getAttribute("cy")]).toEqual(["400", "160"]);
  });

  it("HTML report: escaped, nothing executable, file name from the title", async () => {
    const response = await postExport(server.baseUrl, { format: "html", ...request });
    expect(response.text).toContain("Aisino &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(response.text).not.toMatch(/<script/i);
    expect(response.text).toContain(`<title>Report &lt;&amp;&gt; &quot;${AISINO_ZH}&quot;</title>`);
    expect(decodeURIComponent(response.disposition.split("''")[1] ?? "")).toBe(
      `report-${AISINO_ZH}.html`,
    );
  });

  it.skipIf(findChromium() === null)("PDF: Chromium prints the same report", async () => {
    const response = await postExport(server.baseUrl, { format: "pdf", ...request });
    expect(response.status).toBe(200);
    expect(response.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.bytes.length).toBeGreaterThan(1000);
  });
});
