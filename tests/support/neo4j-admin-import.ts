import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureLauncherClasspath } from "../../server/neo4j/launcher-build";

/**
 * Runs the real `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the Neo4j jars
 * the embedded launcher already uses) into a fresh Neo4j home, so a test can start the embedded
 * Neo4j on that home and read what was imported.
 */
export async function neo4jAdminImport(
  home: string,
  files: { nodes: string; relationships: string },
  importCommand: string,
): Promise<string> {
  const classpath = await ensureLauncherClasspath(() => undefined);
  const delimiter = /--array-delimiter=(?:'(.)'|(U\+001F))/.exec(importCommand);
  const arrayDelimiter = delimiter?.[2] ? "\u001F" : (delimiter?.[1] ?? ";");
  await mkdir(path.join(home, "conf"), { recursive: true });
  await writeFile(path.join(home, "nodes.csv"), files.nodes);
  await writeFile(path.join(home, "relationships.csv"), files.relationships);
  const args = [
    "-Xmx512m",
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    `--nodes=${path.join(home, "nodes.csv")}`,
    `--relationships=${path.join(home, "relationships.csv")}`,
    `--array-delimiter=${arrayDelimiter}`,
    "--multiline-fields=true",
    "neo4j",
  ];
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`neo4j-admin import exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}
