/**
 * One export from the browser. SVG and PNG of a canvas are drawn here with the pure exporter
 * (domain/export); everything else goes to POST /api/export with the graph on screen
 * and how it is drawn, so the server can add the cited sources, the ownership chains and the
 * PDF. The result is saved as a download.
 */
import { exportSvg, getExportFormat, type ExportFormatId } from "../../domain/export";
import type { WireGraph } from "../../domain/graph/graph-wire-types";
import { ApiRequestError } from "../api/api-client";
import { readCanvasDisplay, type DisplayPayload, type ExportCanvas } from "./canvas-display";
import { rasterizeSvg } from "./png-raster";

/** What an Export menu exports: the graph on screen, and the canvas it is drawn on. */
export interface ExportSnapshot {
  graph: WireGraph;
  canvas?: ExportCanvas | null;
  title?: string;
  /** The entity whose ownership chains the report shows (its id). */
  focus?: string | null;
}

export function fileBaseName(title: string | undefined): string {
  const slug = (title ?? "")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return slug === "" ? "ownergraph-export" : slug;
}

/** The file name in a Content-Disposition header (RFC 6266 filename*, else filename). */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function postExport(body: Record<string, unknown>): Promise<{ blob: Blob; name: string }> {
  let response: Response;
  try {
    response = await fetch("/api/export", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(
      0,
      "Ownergraph.Offline",
      "The Ownergraph server does not answer. Is it running?",
    );
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiRequestError(
      response.status,
      error?.error?.code ?? "Ownergraph.HttpError",
      error?.error?.message ?? `The export failed (${response.status}).`,
    );
  }
  const name = dispositionFileName(response.headers.get("content-disposition")) ?? "export";
  return { blob: await response.blob(), name };
}

function pictureOf(snapshot: ExportSnapshot, mode: "screen" | "fit"): DisplayPayload | undefined {
  return snapshot.canvas ? readCanvasDisplay(snapshot.canvas, snapshot.graph, mode) : undefined;
}

export async function runBrowserExport(
  format: ExportFormatId,
  snapshot: ExportSnapshot,
  scale: number,
): Promise<string> {
  const base = fileBaseName(snapshot.title);
  const picture = format === "svg" || format === "png" ? pictureOf(snapshot, "screen") : undefined;
  if (picture) {
    const svg = exportSvg({ graph: snapshot.graph, ...picture, inline: format === "png" });
    const { width, height } = picture.viewport;
    const blob =
      format === "svg"
        ? new Blob([svg], { type: "image/svg+xml" })
        : await rasterizeSvg(svg, width, height, scale);
    const name = `${base}.${getExportFormat(format).extension}`;
    saveBlob(blob, name);
    return name;
  }
  const report = format === "html" || format === "pdf";
  // Without a canvas (a console result), the server draws the picture in layers.
  const body: Record<string, unknown> = {
    format,
    graph: snapshot.graph,
    ...(format === "png" ? { scale } : {}),
    ...(snapshot.title ? { title: snapshot.title } : {}),
    ...(snapshot.focus ? { focus: snapshot.focus } : {}),
  };
  const display = report ? pictureOf(snapshot, "fit") : undefined;
  if (display) body.display = display;
  if (format !== "csv") {
    const { blob, name } = await postExport(body);
    saveBlob(blob, name);
    return name;
  }
  const names: string[] = [];
  for (const part of ["nodes", "relationships"] as const) {
    const { blob, name } = await postExport({ ...body, part });
    saveBlob(blob, name);
    names.push(name);
  }
  return names.join(" and ");
}
