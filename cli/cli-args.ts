import { parseArgs } from "node:util";
import path from "node:path";
import {
  EXPORT_FORMATS,
  exportFormatList,
  getExportFormat,
  DEFAULT_RASTER_SCALE,
  MAX_RASTER_SCALE,
  MIN_RASTER_SCALE,
  UnknownExportFormatError,
  type ExportFormat,
  type ExportFormatId,
} from "../domain/export";
import {
  parseDatasetsCommand,
  parseImportCommand,
  type DatasetsCommand,
  type ImportCommand,
} from "./import-args";
import { UsageError } from "./usage-error";
import { isDay } from "../domain/time";
import { parseGenerateCommand, type GenerateCommand } from "./generate-command";

/** The `ownergraph` command line, read into what to do; mistakes are `UsageError`s. */

export { UsageError };

export type GraphInput =
  | { kind: "query"; query: string; params: string | null }
  | { kind: "nodes"; ids: string[] }
  | { kind: "graph-file"; file: string };

export interface ExportCommand {
  command: "export";
  format: ExportFormatId;
  input: GraphInput;
  /** A file; a folder for a format with several files (csv); "-" for standard output. */
  out: string;
  title: string | null;
  focus: string | null;
  scale: number | null;
  withSources: boolean;
  /** The day to export as of ("YYYY-MM-DD"); null: latest. */
  asOf: string | null;
  /** Export through a running Ownergraph server instead of opening Neo4j here. */
  server: string | null;
  quiet: boolean;
}

export type HelpTopic = "main" | "export" | "import" | "datasets" | "generate";

export type Command =
  | ExportCommand
  | ImportCommand
  | DatasetsCommand
  | GenerateCommand
  | { command: "help"; topic: HelpTopic };

const FORMAT_LIST = exportFormatList();

function idsWhere(test: (format: ExportFormat) => boolean): string {
  return EXPORT_FORMATS.filter(test)
    .map((format) => format.id)
    .join(", ");
}

/** The formats that write several files into a folder (csv), and those files. */
const FOLDER_FORMATS = idsWhere((format) => format.parts.length > 0);
const FOLDER_FILES = EXPORT_FORMATS.flatMap((format) => format.parts)
  .map((part) => part.fileName)
  .join(", ");
const REPORT_FORMATS = idsWhere((format) => format.kind === "report");
const RASTER_FORMATS = idsWhere((format) => format.render.by === "raster");

function readFormat(format: string | undefined, out: string): ExportFormatId {
  const wanted = format ?? (out === "-" ? undefined : path.extname(out).slice(1));
  if (!wanted) {
    throw new UsageError(`Say which format with --format (one of: ${FORMAT_LIST}).`);
  }
  try {
    return getExportFormat(wanted).id;
  } catch (error) {
    if (error instanceof UnknownExportFormatError) throw new UsageError(error.message);
    throw error;
  }
}

function readInput(values: {
  query?: string;
  params?: string;
  nodes?: string;
  graph?: string;
}): GraphInput {
  const given = (["query", "nodes", "graph"] as const).filter((name) => values[name] !== undefined);
  if (given.length !== 1) {
    throw new UsageError(
      "Say what to export with exactly one of --query '<cypher>', --nodes id1,id2 or --graph file.json" +
        (given.length > 1 ? ` (not ${given.map((name) => `--${name}`).join(" and ")}).` : "."),
    );
  }
  if (values.params !== undefined && values.query === undefined) {
    throw new UsageError("--params goes with --query.");
  }
  if (values.query !== undefined) {
    if (values.query.trim() === "") throw new UsageError("--query is empty.");
    return { kind: "query", query: values.query, params: values.params ?? null };
  }
  if (values.nodes !== undefined) {
    const ids = values.nodes
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id !== "");
    if (ids.length === 0) throw new UsageError("--nodes names no node.");
    return { kind: "nodes", ids };
  }
  return { kind: "graph-file", file: values.graph ?? "" };
}

function readAsOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isDay(value)) {
    throw new UsageError(
      `--as-of must be a day written YYYY-MM-DD, e.g. 2019-07-22 (got "${value}").`,
    );
  }
  return value;
}

function readScale(scale: string | undefined): number | null {
  if (scale === undefined) return null;
  const value = Number(scale);
  if (!Number.isFinite(value) || value < MIN_RASTER_SCALE || value > MAX_RASTER_SCALE) {
    throw new UsageError(
      `--scale must be a number from ${MIN_RASTER_SCALE} to ${MAX_RASTER_SCALE}, not "${scale}".`,
    );
  }
  return value;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    const topic = rest[0];
    return {
      command: "help",
      topic:
        topic === "export" || topic === "import" || topic === "datasets" || topic === "generate"
          ? topic
          : "main",
    };
  }
  if (command === "import") return parseImportCommand(rest);
  if (command === "datasets") return parseDatasetsCommand(rest);
  if (command === "generate") return parseGenerateCommand(rest);
  if (command !== "export") {
    throw new UsageError(`Unknown command "${command}". Run \`ownergraph --help\`.`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: false,
      options: {
        query: { type: "string", short: "q" },
        params: { type: "string", short: "p" },
        nodes: { type: "string", short: "n" },
        graph: { type: "string", short: "g" },
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        title: { type: "string", short: "t" },
        focus: { type: "string" },
        scale: { type: "string" },
        "no-sources": { type: "boolean" },
        "as-of": { type: "string" },
        server: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}`);
  }
  const { values } = parsed;
  if (values.help) return { command: "help", topic: "export" };
  if (values.out === undefined || values.out === "") {
    throw new UsageError(
      `Say where to write with --out <file> (a folder for ${FOLDER_FORMATS}, - for stdout).`,
    );
  }
  const format = readFormat(values.format, values.out);
  const { parts } = getExportFormat(format);
  if (parts.length > 0 && values.out === "-") {
    const files = parts.map((part) => part.fileName).join(", ");
    throw new UsageError(
      `${format} writes ${parts.length} files (${files}): give --out a folder, not -.`,
    );
  }
  return {
    command: "export",
    format,
    input: readInput(values),
    out: values.out,
    title: values.title ?? null,
    focus: values.focus ?? null,
    scale: readScale(values.scale),
    withSources: !values["no-sources"],
    asOf: readAsOf(values["as-of"]),
    server: values.server ?? null,
    quiet: values.quiet ?? false,
  };
}

export const MAIN_HELP = `ownergraph: corporate-ownership graphs from Neo4j, exported for reports.

Usage:
  ownergraph export [options]     export a query's graph, or the subgraph among some nodes
  ownergraph import FILE… [opts]  import BODS, FollowTheMoney, GLEIF or CSV files as a dataset
  ownergraph datasets [remove ID] list the datasets, or remove one with all it wrote
  ownergraph generate [options]   write a synthetic register (BODS) to import, for benchmarks
  ownergraph backup [--to FILE]   back up the embedded Neo4j's graph into one file (server stopped)
  ownergraph restore FILE         load such a backup (--replace to replace the graph there)
  ownergraph help COMMAND         the options of export, import, datasets or generate

Run \`ownergraph backup --help\` for the backup options.
`;

export const EXPORT_HELP = `Usage: ownergraph export (--query CYPHER [--params JSON] | --nodes IDS | --graph FILE)
                         --format FORMAT --out FILE [options]

What to export (exactly one):
  -q, --query CYPHER     a read-only Cypher query; its nodes, relationships and paths
  -p, --params JSON      the query's parameters, e.g. '{"id": "aisino"}'
  -n, --nodes IDS        entity ids or element ids, comma-separated: the subgraph among them
  -g, --graph FILE       a graph in graphology's JSON form (as --format json writes)

Where and how:
  -f, --format FORMAT    ${FORMAT_LIST}
                         (default: from the --out extension)
  -o, --out FILE         the file to write; for ${FOLDER_FORMATS} a folder (${FOLDER_FILES});
                         - writes to standard output. Written to a temporary file first and
                         renamed at the end: a failed export leaves no half-written file.
  -t, --title TEXT       title of the report, graph description, file name in the report
      --focus ID         the entity whose ownership chains the report shows (${REPORT_FORMATS});
                         default: the one entity at the bottom of the chains, if there is one
      --scale N          ${RASTER_FORMATS}: pixels per picture pixel, ${MIN_RASTER_SCALE} to ${MAX_RASTER_SCALE} (default ${DEFAULT_RASTER_SCALE})
      --no-sources       data formats: leave out the Source nodes the relationships cite
      --as-of DAY        only the relationships that may have held on DAY (YYYY-MM-DD);
                         default: latest (today); the report states the day
      --server URL       export through a running Ownergraph (e.g. http://127.0.0.1:7400)
                         instead of opening Neo4j here
      --quiet            no progress line

Neo4j: the same settings as the server (see README, Configuration): NEO4J_URI and
NEO4J_PASSWORD for a running Neo4j, else the embedded one in OWNERGRAPH_NEO4J_DIR. Caps:
OWNERGRAPH_EXPORT_MAX_NODES, OWNERGRAPH_EXPORT_MAX_RELATIONSHIPS, OWNERGRAPH_EXPORT_TIMEOUT_MS.

Exit codes: 0 written; 1 the export failed (message on stderr); 2 a usage mistake.

Example:
  npx ownergraph export --query 'MATCH p = (:Entity)-[:OWNS|CONTROLS*1..6]->(:Entity {id: $id}) RETURN p' \\
    --params '{"id": "aisino"}' --format graphml --out aisino.graphml
`;
