import { describe, expect, it } from "vitest";
import { exportHtmlReport, type HtmlReportInput } from "../../domain/export/html-report";
import type { OwnershipChainInput } from "../../domain/export/report-sections";
import type { Properties, WireGraph } from "../../domain/wire/graph-wire-types";
import { AISINO_ZH, trickyGraph, trickySources } from "../fixtures/export/tricky-graph";

const chains: OwnershipChainInput[] = [
  {
    title: "SASAC → CASIC → <Aisino>",
    steps: [
      { fromKey: "4:db:2", toKey: "4:db:1", edgeKey: "5:db:11", shareText: "100%" },
      { fromKey: "4:db:1", toKey: "4:db:0", edgeKey: "5:db:10", shareText: "" },
    ],
    routeShareText: "",
    figures: [
      { name: "Economic share", method: "counted once along simple paths", value: "" },
      {
        name: "Stake under control",
        method: "held by it and the entities it controls",
        value: "<b>1%</b>",
      },
    ],
  },
];

const input: HtmlReportInput = {
  title: "Who owns <script>alert('Aisino')</script>?",
  date: "2026-05-01",
  graph: trickyGraph,
  sources: trickySources,
  chains,
  picture: {
    nodes: {
      "4:db:0": { x: 300, y: 200, size: 10, color: "#c00", label: AISINO_ZH },
      "4:db:1": { x: 150, y: 100, size: 8, color: "#00c", label: "CASIC" },
      "4:db:2": { x: 50, y: 50, size: 8, color: "#00c", label: "SASAC" },
    },
    edges: {
      "5:db:10": { color: "#999", size: 1, label: "OWNS" },
      "5:db:11": { color: "#999", size: 1, label: "OWNS" },
      "5:db:12": { color: "#999", size: 1 },
      "5:db:13": { color: "#999", size: 1, label: "loop" },
    },
    viewport: { width: 400, height: 300, coordinates: "screen" },
  },
};

describe("HTML report", () => {
  const html = exportHtmlReport(input);

  it("loads nothing from outside: no scripts, no src, links only in the footnotes", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    const hrefs = [...html.matchAll(/<(\w+)[^>]*\shref="([^"]*)"/g)];
    for (const [, tag, href] of hrefs) {
      expect(tag).toBe("a");
      if (!href?.startsWith("#")) expect(href).toMatch(/^https?:\/\//);
    }
    const footnotes = html.slice(html.indexOf('<section class="footnotes">'));
    const external = hrefs.filter(([, , href]) => !href?.startsWith("#"));
    expect(external.length).toBeGreaterThan(0);
    for (const [anchor] of external) expect(footnotes).toContain(anchor);
    expect(html).toContain("default-src 'none'");
  });

  it("escapes every text, including names and quotes holding markup", () => {
    expect(html).toContain("Who owns &lt;script&gt;alert(&#39;Aisino&#39;)&lt;/script&gt;?");
    expect(html).toContain("&lt;/q&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Aisino &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co.");
    expect(html).toContain("SASAC → CASIC → &lt;Aisino&gt;");
    // A javascript: URL is shown as text, never linked.
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("javascript:alert(1)");
  });

  it("has one numbered footnote per relationship, citing title, publisher, date, URL and quote", () => {
    const numbers = [...html.matchAll(/<li id="fn-(\d+)">/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual(trickyGraph.edges.map((_, index) => index + 1));
    const first = /<li id="fn-1">(.*?)<\/li><\/ul><\/li>/s.exec(html)?.[1] ?? "";
    expect(first).toContain("Firmness: uncertain");
    expect(first).toContain("Radio Free Asia, 2019-07-22, Tam Siu-yin, Luisetta Mudie");
    expect(first).toContain('<a href="https://americanmilitarynews.com/2019/07/');
    expect(first).toContain(
      "<q>its parent is &quot;under the direct control of China&#39;s cabinet&quot;</q>",
    );
    expect(first).toContain(
      "<cite>Company half-owned by the Chinese government</cite>, One News Page, 2020.",
    );
    expect(first).toContain("(40–60%)");
    const third = /<li id="fn-3">(.*?)<\/li>/s.exec(html)?.[1] ?? "";
    expect(third).toContain("No source cited.");
  });

  it("marks each drawn relationship and each chain step with its footnote number", () => {
    const figure = /<figure>(.*?)<\/figure>/s.exec(html)?.[1] ?? "";
    expect(figure).toContain("<svg");
    expect(figure).toContain(">OWNS [1]</text>");
    expect(figure).toContain(">OWNS [2]</text>");
    expect(figure).toContain(">[3]</text>");
    expect(figure).toContain(">loop [4]</text>");
    const chainsHtml = /<ol class="chains">(.*?)<\/ol><\/section>/s.exec(html)?.[1] ?? "";
    expect(chainsHtml).toContain('SASAC → CASIC: 100%<sup><a href="#fn-2">2</a></sup>');
    expect(chainsHtml).toContain(`CASIC → ${AISINO_ZH}: unknown<sup><a href="#fn-1">1</a></sup>`);
    // Each figure named with its method; an empty one reads unknown; names come escaped.
    expect(chainsHtml).toContain(
      "Economic share (counted once along simple paths): <strong>unknown</strong>",
    );
    expect(chainsHtml).toContain(
      "Stake under control (held by it and the entities it controls): " +
        "<strong>&lt;b&gt;1%&lt;/b&gt;</strong>",
    );
  });

  it("lists entities with type, names and identifiers, and leaves sources out of that table", () => {
    const entities = /<h2>Entities<\/h2>(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    expect(entities).toContain(`<td>${AISINO_ZH}</td><td>Company</td>`);
    expect(entities).toContain("Aisino Corporation<br>Aisino Co., Ltd<br>航天信息");
    expect(entities).toContain("id: E-aisino<br>stockCode: 600271");
    expect(entities).toContain("<td>StateBody, Odd`Label</td>");
    expect(entities).not.toContain("Radio Free Asia");
  });

  it("prints on A4 without breaking table rows", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toMatch(/tr, li, figure \{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<p class="date">2026-05-01</p>');
  });

  it("works without a picture or chains", () => {
    const bare = exportHtmlReport({ title: "Bare", date: "today", graph: trickyGraph });
    expect(bare).not.toContain("<figure>");
    expect(bare).not.toContain("Ownership chains");
    expect([...bare.matchAll(/<li id="fn-/g)]).toHaveLength(trickyGraph.edges.length);
  });
});

describe("HTML report footnotes name every citation", () => {
  // Shaped as the seed stores them (graph-seed/data): a property citation is a SOURCED_FROM link
  // from the entity to its Source; a relationship's citations are the lists sourceIds, quotes and
  // quoteKinds.
  const cited: WireGraph = {
    nodes: [
      {
        key: "k-aisino",
        attributes: {
          labels: ["Entity", "Company"],
          properties: { id: "aisino", caption: "Aisino Corporation" },
        },
      },
      {
        key: "k-casic",
        attributes: {
          labels: ["Entity", "Company"],
          properties: { id: "casic", caption: "CASIC" },
        },
      },
      {
        key: "k-rfa",
        attributes: {
          labels: ["Source"],
          properties: {
            id: "rfa-2019",
            title: "Chinese smart card firm collecting Hong Kong people's data",
            publisher: "Radio Free Asia",
          },
        },
      },
    ],
    edges: [
      {
        key: "k-cite",
        source: "k-aisino",
        target: "k-rfa",
        attributes: {
          type: "SOURCED_FROM",
          properties: {
            id: "cite-aisino-rfa",
            properties: ["name", "stockCode"],
            quote: "Aisino, a smart-card and e-government company",
            quoteKind: "quote",
            firmness: "reported",
          },
        },
      },
      {
        key: "k-exists",
        source: "k-casic",
        target: "k-rfa",
        attributes: {
          type: "SOURCED_FROM",
          properties: {
            id: "cite-casic-rfa",
            properties: [],
            quote: "The article names CASIC as Aisino's parent.",
            quoteKind: "summary",
            firmness: "reported",
          },
        },
      },
      {
        key: "k-owns",
        source: "k-casic",
        target: "k-aisino",
        attributes: {
          type: "CONTROLS",
          properties: {
            id: "casic-controls-aisino",
            sourceIds: ["rfa-2019"],
            quotes: ["The article calls CASIC the parent company."],
            quoteKinds: ["summary"],
            firmness: "reported",
          },
        },
      },
    ],
  };
  const report = exportHtmlReport({ title: "Citations", date: "2026-05-01", graph: cited });
  const footnotes = report.slice(report.indexOf('<section class="footnotes">'));

  it("cites the Source a SOURCED_FROM link points to, with its quote and what it backs", () => {
    expect(footnotes).not.toContain("No source cited.");
    const first = /<li id="fn-1">(.*?)<\/li><\/ul><\/li>/s.exec(footnotes)?.[1] ?? "";
    expect(first).toContain("<cite>Chinese smart card firm collecting Hong Kong people&#39;s data");
    expect(first).toContain("<q>Aisino, a smart-card and e-government company</q>");
    expect(first).toContain("Backs: name, stockCode.");
    const second = /<li id="fn-2">(.*?)<\/li><\/ul><\/li>/s.exec(footnotes)?.[1] ?? "";
    expect(second).toContain("Backs: the entity&#39;s existence.");
  });

  it("keeps our summaries apart from the sources' own words", () => {
    expect(footnotes).toContain("Summary: The article names CASIC as Aisino&#39;s parent.");
    expect(footnotes).toContain("Summary: The article calls CASIC the parent company.");
    expect(footnotes).not.toContain("<q>The article");
  });
});

describe("HTML report shows cross-holdings and summary links as what they are", () => {
  const node = (key: string, caption: string) => ({
    key,
    attributes: { labels: ["Entity", "Company"], properties: { id: key, caption } },
  });
  const owns = (key: string, from: string, to: string, extra: Properties) => ({
    key,
    source: from,
    target: to,
    attributes: { type: "OWNS", properties: { id: key, firmness: "reported", ...extra } },
  });
  // A BODS-style indirect summary: the state holds 30% of the listed company through its group,
  // and the direct links it summarises are there too. Beside it, two units hold each other.
  const graph: WireGraph = {
    nodes: [
      node("state", "The state"),
      node("group", "State group"),
      node("listed", "Listed company"),
      node("unit-a", "Unit A"),
      node("unit-b", "Unit B"),
    ],
    edges: [
      owns("state-group", "state", "group", { shareExact: 60, directOrIndirect: "direct" }),
      owns("group-listed", "group", "listed", { shareExact: 50, directOrIndirect: "direct" }),
      owns("state-listed", "state", "listed", {
        shareExact: 30,
        directOrIndirect: "indirect",
        componentIds: ["state-group", "group-listed"],
      }),
      owns("a-b", "unit-a", "unit-b", { shareExact: 20 }),
      owns("b-a", "unit-b", "unit-a", { shareExact: 10 }),
    ],
  };
  const report = exportHtmlReport({ title: "Rings", date: "2026-05-01", graph });
  const relationships = /<h2>Relationships<\/h2>(.*?)<\/section>/s.exec(report)?.[1] ?? "";

  it("lists each cross-holding ring with its members and links", () => {
    const section = /<h2>Cross-holdings<\/h2>(.*?)<\/section>/s.exec(report)?.[1] ?? "";
    expect(section).toContain("Unit A ⇄ Unit B");
    expect(section).toContain('<a href="#fn-4">4</a>');
    expect(section).toContain('<a href="#fn-5">5</a>');
    expect(section).not.toContain("Listed company");
  });

  it("marks the indirect summary link and names the links it summarises", () => {
    const row = relationships.split("\n").find((line) => line.includes("#fn-3")) ?? "";
    expect(row).toContain("indirect summary of [1], [2]");
    expect(row).toContain("30% in all");
    const footnote = /<li id="fn-3">(.*?)<\/li>/s.exec(report)?.[1] ?? "";
    expect(footnote).toContain("indirect summary of [1], [2]");
    expect(footnote).toContain("counted once");
  });

  it("leaves direct links as they are", () => {
    const row = relationships.split("\n").find((line) => line.includes("#fn-1")) ?? "";
    expect(row).toContain("<td>OWNS</td>");
    expect(row).toContain("<td>60%</td>");
  });
});
