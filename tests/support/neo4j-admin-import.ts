import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { runNeo4jAdmin } from "../../server/neo4j/neo4j-admin";

/**
 * Runs the real `neo4j-admin database import full` into a fresh Neo4j home, so a test can start
 * the embedded Neo4j on that home and read what was imported.
 */
export async function neo4jAdminImport(
  home: string,
  files: { nodes: string; relationships: string },
  importCommand: string,
): Promise<string> {
  const delimiter = /--array-delimiter=(?:'(.)'|(U\+001F))/.exec(importCommand);
  const arrayDelimiter = delimiter?.[2] ? "\u001F" : (delimiter?.[1] ?? ";");
  await mkdir(home, { recursive: true });
  await writeFile(path.join(home, "nodes.csv"), files.nodes);
  await writeFile(path.join(home, "relationships.csv"), files.relationships);
  return runNeo4jAdmin(home, [
    "database",
    "import",
    "full",
    `--nodes=${path.join(home, "nodes.csv")}`,
    `--relationships=${path.join(home, "relationships.csv")}`,
    `--array-delimiter=${arrayDelimiter}`,
    "--multiline-fields=true",
    "neo4j",
  ]);
}
