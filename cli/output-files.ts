import path from "node:path";

/**
 * Where an export's files go. One file: `--out` itself. CSV, two files: with `--out x.csv`,
 * `x-nodes.csv` and `x-relationships.csv` beside it; otherwise `--out` is a folder that gets
 * `nodes.csv` and `relationships.csv`.
 */
export interface CsvPaths {
  nodes: string;
  relationships: string;
}

export function csvPaths(out: string): CsvPaths {
  if (path.extname(out).toLowerCase() === ".csv") {
    const stem = out.slice(0, -".csv".length);
    return { nodes: `${stem}-nodes.csv`, relationships: `${stem}-relationships.csv` };
  }
  return { nodes: path.join(out, "nodes.csv"), relationships: path.join(out, "relationships.csv") };
}

/** The exporter's neo4j-admin command line, pointed at the files as written. */
export function importCommandFor(command: string, paths: CsvPaths): string {
  return command
    .replace("--nodes=nodes.csv", `--nodes=${shellQuote(paths.nodes)}`)
    .replace(
      "--relationships=relationships.csv",
      `--relationships=${shellQuote(paths.relationships)}`,
    );
}

function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
