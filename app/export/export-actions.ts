/**
 * One export from the browser. Pictures of a canvas (SVG, PNG) are drawn here by their
 * format's renderer (domain/export); everything else goes to POST /api/export with the graph on
 * screen and how it is drawn, so the server can add the cited sources, the ownership chains and
 * the PDF. The result is saved as a download.
 */
import {
  exportFileBaseName,
  type ExportFormat,
  type ExportPicture,
  type ExportRenderInput,
  type ReportChanges,
} from "../../domain/export";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { ApiRequestError, sendRequest } from "../api/api-client";
import { readCanvasDisplay, type DisplayPayload, type ExportCanvas } from "./canvas-display";
import { rasterizeSvg } from "./png-raster";

/** What an Export menu exports: the graph on screen, and the canvas it is drawn on. */
export interface ExportSnapshot {
  graph: WireGraph;
  canvas?: ExportCanvas | null;
  title?: string;
  /** The entity whose ownership chains the report shows (its id). */
  focus?: string | null;
  /** The day the explorer shows ("YYYY-MM-DD"), so the report states it; absent: the latest. */
  asOf?: string | null;
  /** What changed between two days, when the explorer shows it (the report lists it). */
  changes?: ReportChanges | null;
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
  const response = await sendRequest("/api/export", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
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

/** A picture drawn here from the canvas, by the format's own renderer. */
async function drawPicture(
  format: ExportFormat,
  snapshot: ExportSnapshot,
  picture: ExportPicture,
  scale: number,
): Promise<Blob> {
  const input: ExportRenderInput = {
    graph: snapshot.graph,
    title: snapshot.title ?? "",
    picture: () => picture,
    chains: [],
    sources: [],
    date: new Date().toISOString().slice(0, 10),
    changes: null,
  };
  const { render } = format;
  switch (render.by) {
    case "text":
      return new Blob([...render.text(input)], { type: format.mimeType });
    case "raster": {
      const { svg, width, height } = render.svg(input);
      return rasterizeSvg(svg, width, height, scale);
    }
    default:
      throw new Error(`${format.title} cannot be drawn in the browser.`);
  }
}

export async function runBrowserExport(
  format: ExportFormat,
  snapshot: ExportSnapshot,
  scale: number,
): Promise<string> {
  const base = exportFileBaseName(snapshot.title);
  const picture = format.kind === "picture" ? pictureOf(snapshot, "screen") : undefined;
  if (picture) {
    const name = `${base}.${format.extension}`;
    saveBlob(await drawPicture(format, snapshot, picture, scale), name);
    return name;
  }
  // Without a canvas (a console result), the server draws the picture in layers.
  const body: Record<string, unknown> = {
    format: format.id,
    graph: snapshot.graph,
    ...(format.render.by === "raster" ? { scale } : {}),
    ...(snapshot.title ? { title: snapshot.title } : {}),
    ...(snapshot.focus ? { focus: snapshot.focus } : {}),
    ...(snapshot.asOf ? { asOf: snapshot.asOf } : {}),
    ...(snapshot.changes && format.kind === "report" ? { changes: snapshot.changes } : {}),
  };
  const display = format.kind === "report" ? pictureOf(snapshot, "fit") : undefined;
  if (display) body.display = display;
  if (format.parts.length === 0) {
    const { blob, name } = await postExport(body);
    saveBlob(blob, name);
    return name;
  }
  const names: string[] = [];
  for (const { part } of format.parts) {
    const { blob, name } = await postExport({ ...body, part });
    saveBlob(blob, name);
    names.push(name);
  }
  return names.join(" and ");
}
