import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  exportFileBaseName,
  getExportFormat,
  renderExport,
  type BrowserEngine,
  type ExportFile,
  type ExportRenderInput,
} from "../../domain/export";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

/** Each format's descriptor renders its files: names, media types, parts, and engine calls. */

const graph: WireGraph = {
  nodes: [
    { key: "a", attributes: { labels: ["Entity"], properties: { id: "a", caption: "Alpha" } } },
    { key: "b", attributes: { labels: ["Entity"], properties: { id: "b", caption: "Beta" } } },
  ],
  edges: [
    {
      key: "e",
      source: "a",
      target: "b",
      attributes: { type: "OWNS", properties: { shareExact: 0.6 } },
    },
  ],
};

const picture = {
  nodes: new Map([
    ["a", { x: 10, y: 10, size: 5, color: "#123456", label: "Alpha", hidden: false }],
    ["b", { x: 90, y: 40, size: 5, color: "#654321", label: "Beta", hidden: false }],
  ]),
  edges: new Map(),
  viewport: { width: 120, height: 60, coordinates: "screen" as const },
};

const input: ExportRenderInput = {
  graph,
  title: "Alpha & Beta",
  picture: () => picture,
  chains: [],
  sources: [],
  date: "2026-05-01",
  changes: null,
};

/** Stands in for Chromium: records what it was asked to draw. */
function recordingEngine(): { engine: () => BrowserEngine; calls: string[] } {
  const calls: string[] = [];
  const engine: BrowserEngine = {
    png: (svg, width, height, scale) => {
      calls.push(`png ${width}x${height}@${scale} ${svg.slice(0, 4)}`);
      return Promise.resolve(new Uint8Array([137, 80, 78, 71]));
    },
    pdf: (html) => {
      calls.push(`pdf ${html.slice(0, 15)}`);
      return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
    },
  };
  return { engine: () => engine, calls };
}

function text(file: ExportFile | undefined): string {
  if (file === undefined || file.body instanceof Uint8Array) throw new Error("not a text file");
  return [...file.body].join("");
}

describe("renderExport", () => {
  it("writes one file per format, named from the title, with its media type", async () => {
    for (const format of EXPORT_FORMATS) {
      const { engine } = recordingEngine();
      const output = await renderExport(format, input, { baseName: "x", scale: 2, engine });
      if (format.parts.length > 0) continue;
      expect(
        output.files.map((file) => file.fileName),
        format.id,
      ).toEqual([`x.${format.extension}`]);
      const [file] = output.files;
      expect(file?.contentType, format.id).toBe(
        format.needsChromium ? format.mimeType : `${format.mimeType}; charset=utf-8`,
      );
      expect(output.importCommand).toBeNull();
    }
  });

  it("a format with several files writes one per part, in order, with the import command", async () => {
    const { engine, calls } = recordingEngine();
    const csv = getExportFormat("csv");
    const output = await renderExport(csv, input, { baseName: "x", scale: 2, engine });
    expect(output.files.map((file) => [file.part, file.fileName])).toEqual([
      ["nodes", "x-nodes.csv"],
      ["relationships", "x-relationships.csv"],
    ]);
    expect(text(output.files[0])).toMatch(/^id:ID/);
    expect(output.importCommand).toMatch(/--nodes=nodes.csv --relationships=relationships.csv/);
    expect(calls).toEqual([]);
  });

  it("only rasters and prints ask for the engine: the inline SVG at the scale, the report", async () => {
    const { engine, calls } = recordingEngine();
    const options = { baseName: "x", scale: 3, engine };
    await renderExport(getExportFormat("png"), input, options);
    await renderExport(getExportFormat("pdf"), input, options);
    expect(calls).toEqual(["png 120x60@3 <svg", "pdf <!DOCTYPE html>"]);
    const { engine: unused, calls: none } = recordingEngine();
    for (const format of EXPORT_FORMATS.filter((candidate) => !candidate.needsChromium)) {
      await renderExport(format, input, { baseName: "x", scale: 3, engine: unused });
    }
    expect(none).toEqual([]);
  });

  it("the HTML report and the SVG picture draw the picture they are given", async () => {
    const { engine } = recordingEngine();
    const options = { baseName: "x", scale: 1, engine };
    const svg = text((await renderExport(getExportFormat("svg"), input, options)).files[0]);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain("Alpha");
    const html = text((await renderExport(getExportFormat("html"), input, options)).files[0]);
    expect(html).toContain("<title>Alpha &amp; Beta</title>");
    expect(html).toContain("2026-05-01");
    expect(html).toContain("<figure><svg");
  });
});

describe("exportFileBaseName", () => {
  it("keeps letters of any script and digits, joined by hyphens; falls back when empty", () => {
    expect(exportFileBaseName("Who owns and controls 航天信息 (Aisino)?")).toBe(
      "who-owns-and-controls-航天信息-aisino",
    );
    expect(exportFileBaseName("  ***  ")).toBe("ownergraph-export");
    expect(exportFileBaseName(undefined)).toBe("ownergraph-export");
    expect(exportFileBaseName("x".repeat(200))).toHaveLength(80);
  });
});
