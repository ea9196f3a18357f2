import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError, type ExportCommand } from "../../cli/cli-args";
import { importCommandFor, partPaths } from "../../cli/output-files";
import { getExportFormat } from "../../domain/export";

const csv = getExportFormat("csv");

function exportCommand(argv: string[]): ExportCommand {
  const command = parseCommandLine(argv);
  if (command.command !== "export") throw new Error("not an export");
  return command;
}

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("no usage error");
}

describe("ownergraph command line", () => {
  it("reads a query export with params, format and out", () => {
    const command = exportCommand([
      "export",
      "--query",
      "MATCH p = (a)-[:OWNS]->(b {id: $id}) RETURN p",
      "--params",
      '{"id": "aisino"}',
      "--format",
      "graphml",
      "--out",
      "aisino.graphml",
      "--title",
      "Aisino, 航天信息",
    ]);
    expect(command).toMatchObject({
      format: "graphml",
      out: "aisino.graphml",
      title: "Aisino, 航天信息",
      withSources: true,
      server: null,
      input: { kind: "query", params: '{"id": "aisino"}' },
    });
  });

  it("takes the format from the --out extension, case and dot aside", () => {
    expect(exportCommand(["export", "-q", "RETURN 1", "-o", "report.HTML"]).format).toBe("html");
    expect(exportCommand(["export", "-q", "RETURN 1", "-o", "x", "-f", ".GEXF"]).format).toBe(
      "gexf",
    );
  });

  it("reads --nodes as a comma-separated list, blanks dropped", () => {
    const command = exportCommand(["export", "--nodes", "aisino, casic,,", "-o", "x.json"]);
    expect(command.input).toEqual({ kind: "nodes", ids: ["aisino", "casic"] });
  });

  it("reads the report and picture options", () => {
    const command = exportCommand([
      "export",
      "-g",
      "graph.json",
      "-o",
      "-",
      "-f",
      "png",
      "--scale",
      "3",
      "--focus",
      "west-kowloon-station",
      "--no-sources",
      "--quiet",
      "--server",
      "http://127.0.0.1:7400",
    ]);
    expect(command).toMatchObject({
      input: { kind: "graph-file", file: "graph.json" },
      scale: 3,
      focus: "west-kowloon-station",
      withSources: false,
      quiet: true,
      server: "http://127.0.0.1:7400",
    });
  });

  it("an unknown format lists the formats", () => {
    const message = usageError(["export", "-q", "RETURN 1", "-o", "x", "-f", "xlsx"]);
    expect(message).toMatch(
      /Unknown export format "xlsx".*graphml, gexf, json, csv, cypher, svg, html, png, pdf/,
    );
  });

  it("says what is missing or wrong", () => {
    expect(usageError(["export", "-q", "RETURN 1"])).toMatch(/--out/);
    expect(usageError(["export", "-q", "RETURN 1", "-o", "noext"])).toMatch(/--format/);
    expect(usageError(["export", "-o", "x.json"])).toMatch(/exactly one of --query/);
    expect(usageError(["export", "-q", "RETURN 1", "-n", "a", "-o", "x.json"])).toMatch(
      /not --query and --nodes/,
    );
    expect(usageError(["export", "-n", "a", "-p", "{}", "-o", "x.json"])).toMatch(/--params goes/);
    expect(usageError(["export", "-q", "RETURN 1", "-o", "x.png", "--scale", "9"])).toMatch(
      /0.5 to 4/,
    );
    expect(usageError(["export", "-q", "RETURN 1", "-o", "-", "-f", "csv"])).toBe(
      "csv writes 2 files (nodes.csv, relationships.csv): give --out a folder, not -.",
    );
    expect(usageError(["export", "--bogus"])).toMatch(/bogus/);
    expect(usageError(["frobnicate"])).toMatch(/Unknown command "frobnicate"/);
    expect(usageError(["import"])).toMatch(/Name the file\(s\) to import/);
    expect(usageError(["import", "a.json", "--bogus"])).toMatch(/bogus/);
    expect(usageError(["datasets", "remove"])).toMatch(/datasets remove ID/);
  });

  it("reads an import: the files, the dataset id from the first file's name, the options", () => {
    expect(parseCommandLine(["import", "data/UK PSC 2026.jsonl", "b.jsonl", "--dry-run"])).toEqual({
      command: "import",
      files: ["data/UK PSC 2026.jsonl", "b.jsonl"],
      format: null,
      dataset: "uk-psc-2026",
      title: null,
      mapping: null,
      dryRun: true,
      bulk: false,
      server: null,
      quiet: false,
    });
    expect(
      parseCommandLine(["import", "x.csv", "-f", "csv", "-d", "kek", "--title", "KEK"]),
    ).toMatchObject({ format: "csv", dataset: "kek", title: "KEK" });
    expect(parseCommandLine(["datasets", "remove", "kek"])).toEqual({
      command: "datasets",
      remove: "kek",
      server: null,
      quiet: false,
    });
  });

  it("--bulk asks for the neo4j-admin first load, which cannot go through --server", () => {
    expect(parseCommandLine(["import", "register.jsonl", "--bulk"])).toMatchObject({
      command: "import",
      bulk: true,
      server: null,
    });
    expect(() =>
      parseCommandLine(["import", "register.jsonl", "--bulk", "--server", "http://127.0.0.1:7400"]),
    ).toThrow(/--bulk builds a new embedded store.*leave out --server/);
  });

  it("help, in all the usual spellings", () => {
    expect(parseCommandLine([])).toEqual({ command: "help", topic: "main" });
    expect(parseCommandLine(["--help"])).toEqual({ command: "help", topic: "main" });
    expect(parseCommandLine(["help", "export"])).toEqual({ command: "help", topic: "export" });
    expect(parseCommandLine(["export", "--help"])).toEqual({ command: "help", topic: "export" });
  });
});

describe("CSV output paths", () => {
  it("a folder gets nodes.csv and relationships.csv; x.csv gets x-nodes.csv and x-relationships.csv", () => {
    expect(partPaths("out", csv)).toEqual(["out/nodes.csv", "out/relationships.csv"]);
    expect(partPaths("dir/aisino.csv", csv)).toEqual([
      "dir/aisino-nodes.csv",
      "dir/aisino-relationships.csv",
    ]);
  });

  it("the import command names the files as written, quoted for the shell", () => {
    const command = importCommandFor(
      "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=';' neo4j",
      csv,
      partPaths("my export", csv),
    );
    expect(command).toBe(
      "neo4j-admin database import full --nodes='my export/nodes.csv' " +
        "--relationships='my export/relationships.csv' --array-delimiter=';' neo4j",
    );
  });
});
