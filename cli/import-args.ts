import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { datasetIdFromFileName } from "../domain/ingest";
import { UsageError } from "./usage-error";

/** `ownergraph import` and `ownergraph datasets`, read into what to do. */

export interface ImportCommand {
  command: "import";
  files: string[];
  format: string | null;
  dataset: string;
  title: string | null;
  /** The mapping file's text (CSV), read here so a missing file is a usage mistake. */
  mapping: string | null;
  dryRun: boolean;
  /** A first load into an empty, stopped embedded store through neo4j-admin (docs/scale.md). */
  bulk: boolean;
  server: string | null;
  quiet: boolean;
}

export interface DatasetsCommand {
  command: "datasets";
  /** Null lists them. */
  remove: string | null;
  server: string | null;
  quiet: boolean;
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: true, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseImportCommand(
  args: readonly string[],
): ImportCommand | { command: "help"; topic: "import" } {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f" },
    dataset: { type: "string", short: "d" },
    title: { type: "string", short: "t" },
    mapping: { type: "string", short: "m" },
    "dry-run": { type: "boolean" },
    bulk: { type: "boolean" },
    server: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values["help"] === true) return { command: "help", topic: "import" };
  const [first] = positionals;
  if (first === undefined) {
    throw new UsageError("Name the file(s) to import: ownergraph import FILE… [--dataset ID].");
  }
  let mapping: string | null = null;
  if (typeof values["mapping"] === "string") {
    try {
      mapping = readFileSync(values["mapping"], "utf8");
    } catch (error) {
      throw new UsageError(
        `Could not read the mapping file ${values["mapping"]}: ${(error as Error).message}`,
      );
    }
  }
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : null);
  const bulk = values["bulk"] === true;
  if (bulk && text("server") !== null) {
    throw new UsageError(
      "--bulk builds a new embedded store while Neo4j is stopped, so it cannot go through a " +
        "running server: leave out --server (and stop the server), or leave out --bulk.",
    );
  }
  return {
    command: "import",
    files: positionals,
    format: text("format"),
    dataset: text("dataset") ?? datasetIdFromFileName(first),
    title: text("title"),
    mapping,
    dryRun: values["dry-run"] === true,
    bulk,
    server: text("server"),
    quiet: values["quiet"] === true,
  };
}

export function parseDatasetsCommand(args: readonly string[]): DatasetsCommand {
  const { values, positionals } = parse(args, {
    server: { type: "string" },
    quiet: { type: "boolean" },
  });
  const [action, id, ...extra] = positionals;
  const server = typeof values["server"] === "string" ? values["server"] : null;
  const quiet = values["quiet"] === true;
  if (action === undefined || action === "list")
    return { command: "datasets", remove: null, server, quiet };
  if (action === "remove" && id !== undefined && extra.length === 0) {
    return { command: "datasets", remove: id, server, quiet };
  }
  throw new UsageError(
    "Use `ownergraph datasets` to list them, `ownergraph datasets remove ID` to remove one.",
  );
}

export const IMPORT_HELP = `Usage: ownergraph import FILE… [options]

Reads the files, checks every record against Ownergraph's model, and writes them as one dataset
in one transaction: a file with errors writes nothing, and a stopped import leaves nothing
behind. Importing the same files again changes nothing; a new version replaces the old one.

  -f, --format FORMAT    the files' format (default: detected from the first bytes)
  -d, --dataset ID       the dataset's id (default: from the first file's name)
  -t, --title TEXT       the dataset's title (default: what the file says, else the id)
  -m, --mapping FILE     the mapping of a CSV import (see docs/import-csv.md)
      --dry-run          check only; write nothing
      --bulk             first load into an EMPTY, STOPPED embedded store: writes CSV files
                         and runs neo4j-admin database import (much faster; see docs/scale.md)
      --server URL       import through a running Ownergraph (sign-in: OWNERGRAPH_TOKEN)
      --quiet            print only errors

Exit status: 0 written, unchanged or checked; 1 failed (Neo4j, files); 2 usage mistake;
3 the files have errors (listed, nothing written).
`;

export const DATASETS_HELP = `Usage: ownergraph datasets [list | remove ID] [--server URL]
`;
