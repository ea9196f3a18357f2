import path from "node:path";
import type { ExportFormat } from "../domain/export";

/**
 * Where an export's files go. One file: `--out` itself. A format with several files (CSV):
 * with `--out x.csv`, `x-nodes.csv` and `x-relationships.csv` beside it; otherwise `--out` is
 * a folder that gets each part under its own name (`nodes.csv`, `relationships.csv`).
 */
export function partPaths(out: string, format: ExportFormat): string[] {
  const extension = `.${format.extension}`;
  if (path.extname(out).toLowerCase() === extension) {
    const stem = out.slice(0, -extension.length);
    return format.parts.map(({ part }) => `${stem}-${part}${extension}`);
  }
  return format.parts.map(({ fileName }) => path.join(out, fileName));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The exporter's import command (naming the parts' file names), pointed at the files as written. */
export function importCommandFor(
  command: string,
  format: ExportFormat,
  paths: readonly string[],
): string {
  const written = new Map(format.parts.map((part, index) => [part.fileName, paths[index]]));
  const names = format.parts.map((part) => escapeRegExp(part.fileName)).join("|");
  if (names === "") return command;
  return command.replace(new RegExp(`=(${names})(?=\\s|$)`, "g"), (whole, name: string) => {
    const target = written.get(name);
    return target === undefined ? whole : `=${shellQuote(target)}`;
  });
}

function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
