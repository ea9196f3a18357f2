import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { CHAIN_PARAMS, CHAIN_QUERY } from "../support/export-api";
import { testNeo4j } from "../support/neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

/** The `ownergraph` command as a user runs it, against the test Neo4j through NEO4J_URI. */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ownergraph(args: string[]): Promise<Run> {
  const { uri, username, password, database } = testNeo4j();
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, "bin", "ownergraph.mjs"), ...args],
    {
      cwd: folder,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: database ?? "",
      },
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

let folder: string;
let server: TestServer;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-cli-export-"));
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const chain = ["--query", CHAIN_QUERY, "--params", JSON.stringify(CHAIN_PARAMS)];

// Each case starts its own \`ownergraph\` process and writes its own files: they run side by side.
describe.concurrent("npx ownergraph export", () => {
  it("writes GraphML from a query, with a progress line on stderr", async () => {
    const run = await ownergraph([
      "export",
      ...chain,
      "--format",
      "graphml",
      "--out",
      "chain.graphml",
    ]);
    expect(run.stderr).toMatch(/ownergraph: running the query…/);
    expect(run.stderr).toMatch(/Wrote 9 nodes and 14 relationships to chain.graphml/);
    expect(run.code).toBe(0);
    const graph = parseGraphml(Graph, await readFile(path.join(folder, "chain.graphml"), "utf8"));
    expect(graph.size).toBe(14);
  });

  it("writes the CSV pair into a folder and prints the import command", async () => {
    const run = await ownergraph([
      "export",
      "--nodes",
      "aisino,casic,sasac",
      "-f",
      "csv",
      "-o",
      "csv",
    ]);
    expect(run.code).toBe(0);
    expect((await readdir(path.join(folder, "csv"))).sort()).toEqual([
      "nodes.csv",
      "relationships.csv",
    ]);
    expect(run.stderr).toMatch(/neo4j-admin database import full --nodes=csv\/nodes.csv/);
  });

  it("--server writes both CSV files too, and the same import command as an export here", async () => {
    const nodes = ["--nodes", "aisino,casic,sasac", "-f", "csv"];
    const here = await ownergraph(["export", ...nodes, "-o", "csv-here"]);
    const there = await ownergraph([
      "export",
      ...nodes,
      "-o",
      "csv-there",
      "--server",
      server.baseUrl,
    ]);
    expect(there.code).toBe(0);
    for (const name of ["nodes.csv", "relationships.csv"]) {
      const written = await readFile(path.join(folder, "csv-there", name), "utf8");
      expect(written).toBe(await readFile(path.join(folder, "csv-here", name), "utf8"));
    }
    const command = (run: Run) => /neo4j-admin database import full .*/.exec(run.stderr)?.[0];
    expect(command(there)).toMatch(/--array-delimiter=\S+ --multiline-fields=true neo4j/);
    expect(command(there)?.replaceAll("csv-there", "csv-here")).toBe(command(here));
  });

  it("a failed query: exit 1, the reason, and no file, not even a partial one", async () => {
    const run = await ownergraph(["export", "--query", "MATCH (n RETURN n", "-o", "broken.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ownergraph: .*Invalid input/);
    expect((await readdir(folder)).filter((name) => name.includes("broken"))).toEqual([]);
  });

  it("a failure after reading the graph leaves no file either", async () => {
    const run = await ownergraph(["export", ...chain, "--focus", "nowhere", "-o", "report.html"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The focus "nowhere" is not in the exported graph/);
    expect((await readdir(folder)).filter((name) => name.includes("report"))).toEqual([]);
  });

  it("a usage mistake: exit 2 and what to do", async () => {
    const run = await ownergraph(["export", ...chain, "-o", "x.docx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown export format "docx"\. Choose one of: graphml/);
  });

  it("--server exports through a running Ownergraph, to stdout with -o -", async () => {
    const run = await ownergraph([
      "export",
      "--nodes",
      "aisino,casic",
      "-f",
      "json",
      "-o",
      "-",
      "--server",
      server.baseUrl,
      "--quiet",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const graph = JSON.parse(run.stdout) as { nodes: unknown[]; options: { type: string } };
    expect(graph.options.type).toBe("directed");
    expect(graph.nodes.length).toBeGreaterThanOrEqual(2);
  });
});
