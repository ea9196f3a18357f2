import type { ExportFormat, ExportRenderInput } from "./export-format-types";

/**
 * Turns a graph into the files of one format, by its descriptor's `render`. Text comes as pieces
 * (generators), so a large export streams to the socket or the disk without one big string;
 * rasters and prints come as bytes from a browser engine the caller supplies.
 */

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Iterable<string> | Uint8Array;
  /** For a format with several files, which one (see the format's `parts`); else null. */
  part: string | null;
}

export interface ExportOutput {
  /** One file, or one per part of the format, in the order of its `parts`. */
  files: readonly ExportFile[];
  /** For a format with several files: the command that loads them. */
  importCommand: string | null;
}

/** What draws rasters and prints: Chromium on the server. */
export interface BrowserEngine {
  png(svg: string, width: number, height: number, scale: number): Promise<Uint8Array>;
  pdf(html: string): Promise<Uint8Array>;
}

export interface RenderOptions {
  /** The file name without extension. */
  baseName: string;
  /** Rasters: device pixels per picture pixel. */
  scale: number;
  /** Asked for only by the formats that need it. */
  engine: () => BrowserEngine;
}

/** A file name from a title: letters (any script), digits and hyphens. */
export function exportFileBaseName(title: string | null | undefined): string {
  const slug = (title ?? "")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return slug === "" ? "ownergraph-export" : slug;
}

function textFile(format: ExportFormat, fileName: string, body: Iterable<string>): ExportFile {
  return { fileName, contentType: `${format.mimeType}; charset=utf-8`, body, part: null };
}

function bytesFile(format: ExportFormat, baseName: string, body: Uint8Array): ExportOutput {
  const file = { fileName: `${baseName}.${format.extension}`, contentType: format.mimeType, body };
  return { files: [{ ...file, part: null }], importCommand: null };
}

export async function renderExport(
  format: ExportFormat,
  input: ExportRenderInput,
  options: RenderOptions,
): Promise<ExportOutput> {
  const { baseName } = options;
  const { render } = format;
  switch (render.by) {
    case "text": {
      const file = textFile(format, `${baseName}.${format.extension}`, render.text(input));
      return { files: [file], importCommand: null };
    }
    case "parts": {
      const { texts, importCommand } = render.parts(input);
      const files = format.parts.map(({ part }) => ({
        ...textFile(format, `${baseName}-${part}.${format.extension}`, texts[part] ?? []),
        part,
      }));
      return { files, importCommand };
    }
    case "raster": {
      const { svg, width, height } = render.svg(input);
      return bytesFile(
        format,
        baseName,
        await options.engine().png(svg, width, height, options.scale),
      );
    }
    case "print":
      return bytesFile(format, baseName, await options.engine().pdf(render.html(input)));
  }
}
