import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  getExportFormat,
  isExportFormatId,
  UnknownExportFormatError,
} from "../../domain/export/export-formats";
import { checkExportSize, ExportTooLargeError } from "../../domain/export/export-size";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

function graphOfSize(nodeCount: number, edgeCount: number): WireGraph {
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    key: `n${index}`,
    attributes: { labels: ["Entity"], properties: {} },
  }));
  const edges = Array.from({ length: edgeCount }, (_, index) => ({
    key: `e${index}`,
    source: "n0",
    target: "n0",
    attributes: { type: "OWNS", properties: {} },
  }));
  return { nodes, edges };
}

describe("export format registry", () => {
  it("lists every format once, with extension, MIME type, kind and what it needs", () => {
    const ids = EXPORT_FORMATS.map((format) => format.id);
    expect(ids).toEqual(["graphml", "gexf", "json", "csv", "cypher", "svg", "html", "png", "pdf"]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of EXPORT_FORMATS) {
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
    expect(getExportFormat("png").needsChromium).toBe(true);
    expect(getExportFormat("pdf").needsChromium).toBe(true);
    expect(getExportFormat("graphml").needsChromium).toBe(false);
    expect(getExportFormat("csv").parts.map((part) => part.fileName)).toEqual([
      "nodes.csv",
      "relationships.csv",
    ]);
    const kinds = Object.fromEntries(EXPORT_FORMATS.map((format) => [format.id, format.kind]));
    expect(kinds).toEqual({
      graphml: "data",
      gexf: "data",
      json: "data",
      csv: "data",
      cypher: "data",
      svg: "picture",
      png: "picture",
      html: "report",
      pdf: "report",
    });
  });

  it("finds formats by id, ignoring case and a leading dot", () => {
    expect(getExportFormat(".GEXF").mimeType).toBe("application/gexf+xml");
    expect(isExportFormatId("svg")).toBe(true);
    expect(isExportFormatId("xlsx")).toBe(false);
  });

  it("refuses an unknown format with a named error listing the formats", () => {
    let error: unknown;
    try {
      getExportFormat("xlsx");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownExportFormatError);
    expect((error as Error).name).toBe("UnknownExportFormatError");
    expect((error as Error).message).toBe(
      'Unknown export format "xlsx". Choose one of: graphml, gexf, json, csv, cypher, svg, html, png, pdf.',
    );
  });
});

describe("export size check", () => {
  const caps = { maxNodes: 3, maxEdges: 2 };

  it("lets graphs within the caps through", () => {
    expect(() => checkExportSize(graphOfSize(3, 2), caps)).not.toThrow();
  });

  it("refuses larger graphs with counts and a way to narrow them", () => {
    expect(() => checkExportSize(graphOfSize(4, 2), caps)).toThrow(ExportTooLargeError);
    try {
      checkExportSize(graphOfSize(1_200, 5), { maxNodes: 1_000, maxEdges: 2 });
    } catch (error) {
      expect(error).toBeInstanceOf(ExportTooLargeError);
      const tooLarge = error as ExportTooLargeError;
      expect(tooLarge.name).toBe("ExportTooLargeError");
      expect(tooLarge.nodeCount).toBe(1_200);
      expect(tooLarge.message).toContain("1,200 nodes (limit 1,000) and 5 relationships (limit 2)");
      expect(tooLarge.message).toContain("Narrow it first");
      return;
    }
    throw new Error("expected ExportTooLargeError");
  });
});
