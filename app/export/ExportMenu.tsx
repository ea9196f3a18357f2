import { useCallback, useEffect, useRef, useState } from "react";
import type { ExportFormat, ExportFormatId } from "../../domain/export";
import { getJson } from "../api/api-client";
import { runBrowserExport, type ExportSnapshot } from "./export-actions";
import { exportMenuEntries } from "./export-menu-entries";
import "./export-menu.css";

const PNG_SCALES = [1, 2, 3, 4];

type ExportStatus =
  | { kind: "idle" }
  | { kind: "working"; format: ExportFormatId }
  | { kind: "done"; fileName: string }
  | { kind: "failed"; message: string };

interface FormatsResponse {
  formats: { id: ExportFormatId; available: boolean }[];
}

/**
 * The Export menu, for any view that has a graph: the explorer's canvas, a console result.
 * `getSnapshot` is read when a format is chosen (null: nothing to export).
 */
export function ExportMenu({
  getSnapshot,
  label = "Export",
}: {
  getSnapshot: () => ExportSnapshot | null;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState<ExportStatus>({ kind: "idle" });
  const [unavailable, setUnavailable] = useState<ReadonlySet<string>>(new Set());
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    getJson<FormatsResponse>("/api/export/formats", controller.signal)
      .then((body) =>
        setUnavailable(new Set(body.formats.filter((f) => !f.available).map((f) => f.id))),
      )
      .catch(() => undefined);
    const close = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", escape);
    return () => {
      controller.abort();
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  const choose = useCallback(
    async (format: ExportFormat<ExportFormatId>) => {
      const snapshot = getSnapshot();
      setOpen(false);
      if (!snapshot || snapshot.graph.nodes.length === 0) {
        setStatus({ kind: "failed", message: "Nothing to export: the graph is empty." });
        return;
      }
      setStatus({ kind: "working", format: format.id });
      try {
        setStatus({ kind: "done", fileName: await runBrowserExport(format, snapshot, scale) });
      } catch (error) {
        setStatus({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [getSnapshot, scale],
  );

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        type="button"
        data-testid="export-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={status.kind === "working"}
        onClick={() => setOpen((value) => !value)}
      >
        {status.kind === "working" ? `Exporting ${status.format}…` : `${label} ▾`}
      </button>
      {open && (
        <div className="export-menu-list" role="menu">
          {exportMenuEntries(unavailable).map(({ format, disabled, hint }) => (
            <button
              key={format.id}
              type="button"
              role="menuitem"
              data-testid={`export-format-${format.id}`}
              disabled={disabled}
              title={hint}
              onClick={() => void choose(format)}
            >
              {format.title}
              <span className="export-extension">.{format.extension}</span>
            </button>
          ))}
          <label className="export-scale">
            PNG scale
            <select
              data-testid="export-png-scale"
              value={scale}
              onChange={(event) => setScale(Number(event.target.value))}
            >
              {PNG_SCALES.map((value) => (
                <option key={value} value={value}>
                  {value}×
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {status.kind === "done" && (
        <span className="export-status" role="status" data-testid="export-status">
          Saved {status.fileName}
        </span>
      )}
      {status.kind === "failed" && (
        <span className="export-status export-error" role="alert" data-testid="export-error">
          {status.message}
        </span>
      )}
    </div>
  );
}
