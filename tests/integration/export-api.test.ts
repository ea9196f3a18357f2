import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "../../domain/export";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { findChromium } from "../../server/export/chromium";
import { CHAIN_PARAMS, CHAIN_QUERY, errorMessage, postExport } from "../support/export-api";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let chain: WireGraph;

beforeAll(async () => {
  server = await startTestServer();
  const response = await postExport(server.baseUrl, {
    format: "json",
    query: CHAIN_QUERY,
    params: CHAIN_PARAMS,
    withSources: false,
  });
  chain = JSON.parse(response.text) as WireGraph;
});
afterAll(async () => {
  await server.close();
});

const query = { query: CHAIN_QUERY, params: CHAIN_PARAMS };

function captions(graph: WireGraph): string[] {
  return graph.nodes.map((node) => String(node.attributes.properties.caption));
}

describe("POST /api/export of a query on the seed", () => {
  it("reads the whole chain from West Kowloon Station up to the State Council", () => {
    expect(captions(chain)).toContain("State Council");
    expect(captions(chain)).toContain("West Kowloon Station");
    expect(chain.edges.length).toBeGreaterThanOrEqual(chain.nodes.length - 1);
  });

  it("GraphML: parses back with every node, relationship and typed citation", async () => {
    const response = await postExport(server.baseUrl, { format: "graphml", ...query });
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/graphml\+xml/);
    expect(response.disposition).toMatch(/attachment; filename=".+\.graphml"/);
    const graph = parseGraphml(Graph, response.text);
    const sources = graph.filterNodes((_, attributes) => attributes.labels === '["Source"]');
    expect(graph.order).toBe(chain.nodes.length + sources.length);
    expect(sources.length).toBeGreaterThan(0);
    expect(graph.size).toBe(chain.edges.length);
    expect(response.text).toMatch(
      /<key id="e\d+" for="edge" attr.name="sourceIds" attr.type="string">/,
    );
  });

  it("GEXF: parses back with the same counts", async () => {
    const response = await postExport(server.baseUrl, { format: "gexf", ...query });
    expect(response.status).toBe(200);
    const graph = parseGexf(Graph, response.text);
    expect(graph.size).toBe(chain.edges.length);
    expect(graph.order).toBeGreaterThan(chain.nodes.length);
  });

  it("JSON: graphology's serialized form, with the cited sources", async () => {
    const response = await postExport(server.baseUrl, { format: "json", ...query });
    const graph = Graph.from(JSON.parse(response.text) as never);
    expect(graph.size).toBe(chain.edges.length);
    expect(graph.type).toBe("directed");
    const labels = graph.mapNodes((_, attributes) => (attributes as { labels: string[] }).labels);
    expect(labels.some((list) => list.includes("Source"))).toBe(true);
  });

  it("CSV: both files as JSON, or one with part, with neo4j-admin headers", async () => {
    const both = await postExport(server.baseUrl, { format: "csv", ...query });
    expect(both.status).toBe(200);
    const files = JSON.parse(both.text) as Record<string, string>;
    expect(files["nodes.csv"]?.split("\r\n")[0]).toMatch(/^id:ID,:LABEL,/);
    expect(files["relationships.csv"]?.split("\r\n")[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    expect(files.importCommand).toMatch(/^neo4j-admin database import full /);
    const part = await postExport(server.baseUrl, {
      format: "csv",
      part: "relationships",
      ...query,
    });
    expect(part.contentType).toMatch(/^text\/csv/);
    expect(part.text).toBe(files["relationships.csv"]);
    expect(part.importCommand).toBe(files.importCommand);
    const rows = part.text.split("\r\n").filter((line) => line !== "");
    expect(rows.length).toBe(chain.edges.length + 1);
  });

  it("Cypher: constraints first, then a MERGE per node and per relationship", async () => {
    const response = await postExport(server.baseUrl, { format: "cypher", ...query });
    expect(response.text).toMatch(/^\/\/ Ownergraph export/);
    expect(response.text).toContain("CREATE CONSTRAINT IF NOT EXISTS");
    expect(response.text.match(/^MERGE \(n:/gm)?.length).toBeGreaterThan(chain.nodes.length);
    expect(response.text.match(/^MERGE \(a\)-\[r:/gm)?.length).toBe(chain.edges.length);
    expect(response.text).not.toMatch(/\bCREATE \(/);
  });

  it("SVG without a canvas: owners drawn above, every caption a label", async () => {
    const response = await postExport(server.baseUrl, { format: "svg", ...query });
    expect(response.contentType).toMatch(/^image\/svg\+xml/);
    const document = new DOMParser().parseFromString(response.text, "image/svg+xml");
    const texts = Array.from(document.getElementsByTagName("text")).map((t) => t.textContent);
    for (const caption of captions(chain)) expect(texts).toContain(caption);
    expect(document.getElementsByTagName("circle").length).toBe(chain.nodes.length);
  });

  it("HTML report by ids: picture, chains with shares, a footnote per relationship", async () => {
    const ids = chain.nodes.map((node) => String(node.attributes.properties.id));
    const response = await postExport(server.baseUrl, {
      format: "html",
      nodes: ids,
      focus: "west-kowloon-station",
    });
    expect(response.status).toBe(200);
    const html = response.text;
    expect(html).toContain("<svg");
    expect(html).toContain("Ownership chains");
    expect(html).toContain("Who owns and controls West Kowloon Station");
    expect(html).toMatch(/State Council → West Kowloon Station/);
    expect(html).toMatch(/: unknown<sup>/);
    // The subgraph among the ids holds the chain and more (FOUNDED): every drawn link is cited.
    const drawn = [...html.matchAll(/<g data-key="[^"]+"><line/g)].length;
    const footnotes = [...html.matchAll(/<li id="fn-(\d+)">/g)].map((match) => match[1]);
    expect(drawn).toBeGreaterThanOrEqual(chain.edges.length);
    expect(footnotes).toHaveLength(drawn);
    for (const number of footnotes) expect(html).toMatch(new RegExp(`\\[${number}\\]</text>`));
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i);
  });

  it.skipIf(findChromium() === null)("PDF: the report printed by Chromium", async () => {
    const response = await postExport(server.baseUrl, { format: "pdf", ...query });
    expect(response.status).toBe(200);
    expect(response.contentType).toBe("application/pdf");
    expect(response.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // A4 pages: 210 × 297 mm is 595 × 842 points.
    const boxes = response.bytes.toString("latin1").match(/\/MediaBox \[0 0 [\d.]+ [\d.]+\]/g);
    expect(boxes?.length).toBeGreaterThan(0);
    for (const box of boxes ?? []) {
      const [width, height] = box.slice(15, -1).split(" ").map(Number);
      expect(Math.round(width ?? 0)).toBe(595);
      expect(Math.round(height ?? 0)).toBe(842);
    }
  });

  it.skipIf(findChromium() === null)("PNG at a chosen scale", async () => {
    const svg = await postExport(server.baseUrl, { format: "svg", ...query });
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg.text)?.[1]);
    const response = await postExport(server.baseUrl, { format: "png", scale: 2, ...query });
    expect(response.status).toBe(200);
    expect(response.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(response.bytes.readUInt32BE(16)).toBe(Math.ceil(width) * 2);
  });
});

describe("GET /api/export/formats", () => {
  it("lists exactly the formats of the list, and which work without Chromium here", async () => {
    const response = await fetch(`${server.baseUrl}/api/export/formats`);
    const body = (await response.json()) as {
      formats: { id: string; kind: string; available: boolean }[];
    };
    expect(body.formats.map((format) => format.id)).toEqual(EXPORT_FORMATS.map((f) => f.id));
    const chromium = findChromium() !== null;
    for (const [index, format] of EXPORT_FORMATS.entries()) {
      expect(body.formats[index]?.kind).toBe(format.kind);
      expect(body.formats[index]?.available).toBe(!format.needsChromium || chromium);
    }
  });
});

describe("POST /api/export keeps internal properties out of every format", () => {
  const textFormats = EXPORT_FORMATS.map((format) => format.id).filter(
    (id) => id !== "png" && id !== "pdf",
  );

  it.each(textFormats)("%s holds no searchText, by ids or from a sent graph", async (format) => {
    const byIds = await postExport(server.baseUrl, { format, nodes: ["aisino", "casic"] });
    expect(byIds.status).toBe(200);
    expect(byIds.text).toContain("Aisino");
    expect(byIds.text).not.toContain("searchText");
    const sent = await postExport(server.baseUrl, {
      format,
      graph: {
        nodes: [
          {
            key: "n1",
            attributes: {
              labels: ["Entity", "Company"],
              properties: { id: "probe", caption: "Probe", searchText: "probe\nhidden words" },
            },
          },
        ],
        edges: [],
      },
    });
    expect(sent.status).toBe(200);
    expect(sent.text).not.toMatch(/searchText|hidden words/);
  });
});

describe("POST /api/export refuses what it cannot do, and says why", () => {
  it("an unknown format: 400 listing the formats", async () => {
    const response = await postExport(server.baseUrl, { format: "xlsx", ...query });
    expect(response.status).toBe(400);
    const message = errorMessage(response);
    for (const format of EXPORT_FORMATS) expect(message).toContain(format.id);
  });

  it("no graph named, or two: 400 with an example", async () => {
    const none = await postExport(server.baseUrl, { format: "json" });
    expect(none.status).toBe(400);
    expect(errorMessage(none)).toMatch(/exactly one of "query"/);
    const two = await postExport(server.baseUrl, { format: "json", ...query, nodes: ["aisino"] });
    expect(errorMessage(two)).toMatch(/not query and nodes/);
  });

  it("ids that match no node: 404 naming them", async () => {
    const response = await postExport(server.baseUrl, {
      format: "json",
      nodes: ["aisino", "no-such-entity"],
    });
    expect(response.status).toBe(404);
    expect(errorMessage(response)).toContain("no-such-entity");
  });

  it("a write: refused as read-only, nothing runs", async () => {
    const response = await postExport(server.baseUrl, {
      format: "json",
      query: "CREATE (n:ExportProbe) RETURN n",
    });
    expect(response.status).toBe(403);
    expect(errorMessage(response)).toMatch(/^An export only reads: it would write to the graph/);
    expect(errorMessage(response)).not.toMatch(/OWNERGRAPH_ALLOW_WRITES|read-only console/);
  });

  it("a picture over the cap: 413 saying how to narrow it", async () => {
    const nodes = Array.from({ length: 5_001 }, (_, index) => ({
      key: `n${index}`,
      attributes: { labels: ["Entity"], properties: {} },
    }));
    const response = await postExport(server.baseUrl, {
      format: "svg",
      graph: { nodes, edges: [] },
    });
    expect(response.status).toBe(413);
    expect(errorMessage(response)).toMatch(/too large to export: 5,001 nodes.*Narrow it/);
  });
});

describe("POST /api/export on a server whose console may write", () => {
  let writable: TestServer;
  beforeAll(async () => {
    process.env.OWNERGRAPH_ALLOW_WRITES = "true";
    try {
      writable = await startTestServer();
    } finally {
      delete process.env.OWNERGRAPH_ALLOW_WRITES;
    }
  });
  afterAll(() => writable.close());

  it.each([
    ["a write", "CREATE (n:ExportProbe) RETURN n", /it would write to the graph/],
    ["an administration command", "SHOW USERS", /administration command/],
  ])("%s is refused with words that fit an export (never 'enable writes')", async (_, q, why) => {
    const response = await postExport(writable.baseUrl, { format: "json", query: q });
    expect(response.status).toBe(403);
    expect(errorMessage(response)).toMatch(/^An export only reads: /);
    expect(errorMessage(response)).toMatch(why);
    expect(errorMessage(response)).toMatch(/whatever the console allows/);
    expect(errorMessage(response)).not.toMatch(/OWNERGRAPH_ALLOW_WRITES|read-only console/);
  });
});

describe("POST /api/export with a small cap", () => {
  let small: TestServer;
  beforeAll(async () => {
    process.env.OWNERGRAPH_EXPORT_MAX_NODES = "3";
    try {
      small = await startTestServer();
    } finally {
      delete process.env.OWNERGRAPH_EXPORT_MAX_NODES;
    }
  });
  afterAll(() => small.close());

  it("a query over the cap: 413 saying how to narrow it", async () => {
    const response = await postExport(small.baseUrl, { format: "graphml", ...query });
    expect(response.status).toBe(413);
    expect(errorMessage(response)).toMatch(/Narrow it/);
  });
});
