import Fastify from "fastify";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { exportMenuEntries } from "../../app/export/export-menu-entries";
import { EXPORT_HELP, parseCommandLine } from "../../cli/cli-args";
import { EXPORT_FORMATS, readExportRequest } from "../../domain/export";
import { registerExportRoute } from "../../server/routes/export-route";
import { createExportService } from "../../server/services/export-service";

/**
 * Every export format is one descriptor, and every place that offers formats reads the list:
 * a new entry shows up in the menu, the route and the command line without another edit.
 */

const ids = EXPORT_FORMATS.map((format) => format.id);

// The formats list never touches Neo4j: this driver is never connected.
const driver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "unused"));
afterAll(() => driver.close());

describe("export format descriptors", () => {
  it("agree with themselves: Chromium for rasters and prints, parts for several files", () => {
    for (const format of EXPORT_FORMATS) {
      const { by } = format.render;
      expect(format.needsChromium, format.id).toBe(by === "raster" || by === "print");
      expect(format.parts.length > 0, format.id).toBe(by === "parts");
      if (format.kind === "data") expect(by === "text" || by === "parts", format.id).toBe(true);
    }
  });

  it("are each offered by the Export menu, in the list's order", () => {
    expect(exportMenuEntries(new Set()).map((entry) => entry.format.id)).toEqual(ids);
    expect(exportMenuEntries(new Set()).every((entry) => !entry.disabled)).toBe(true);
  });

  it("without Chromium, the menu disables what the server would make, not canvas pictures", () => {
    const needing = EXPORT_FORMATS.filter((format) => format.needsChromium).map((f) => f.id);
    const entries = exportMenuEntries(new Set(needing));
    const disabled = entries.filter((entry) => entry.disabled).map((entry) => entry.format.id);
    expect(disabled).toEqual(["pdf"]);
    const png = entries.find((entry) => entry.format.id === "png");
    expect(png?.hint).toBe("Needs Chromium on the server");
  });

  it("are each listed by GET /api/export/formats, and no other", async () => {
    const app = Fastify();
    registerExportRoute(app, createExportService({ driver, database: undefined }));
    try {
      const response = await app.inject({ method: "GET", url: "/api/export/formats" });
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        formats: { id: string; kind: string; mimeType: string; needsChromium: boolean }[];
      }>();
      expect(body.formats.map((format) => format.id)).toEqual(ids);
      for (const [index, format] of EXPORT_FORMATS.entries()) {
        expect(body.formats[index]).toMatchObject({
          kind: format.kind,
          mimeType: format.mimeType,
          needsChromium: format.needsChromium,
        });
      }
    } finally {
      await app.close();
    }
  });

  it("are each accepted by POST /api/export's request reader", () => {
    for (const id of ids) {
      const request = readExportRequest({ format: id.toUpperCase(), nodes: ["aisino"] }, 10);
      expect(request.format.id).toBe(id);
    }
  });

  it("are each named in `ownergraph export --help` and accepted by --format and by --out", () => {
    const formatLine = EXPORT_HELP.split("\n").find((line) => line.includes("-f, --format FORMAT"));
    expect(formatLine).toBeDefined();
    for (const format of EXPORT_FORMATS) {
      expect(formatLine).toContain(format.id);
      const byFlag = parseCommandLine(["export", "-n", "a", "-f", format.id, "-o", "out"]);
      const byName = parseCommandLine(["export", "-n", "a", "-o", `x.${format.extension}`]);
      expect(byFlag).toMatchObject({ command: "export", format: format.id });
      expect(byName).toMatchObject({ command: "export", format: format.id });
    }
  });
});
