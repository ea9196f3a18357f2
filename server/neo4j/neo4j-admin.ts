import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { extraJvmFlags, javaExecutable } from "./java-command";
import { ensureLauncherClasspath } from "./launcher-build";

/** Thrown when neo4j-admin fails; the message carries the end of what it printed. */
export class Neo4jAdminError extends Error {
  override readonly name = "Neo4jAdminError";
  constructor(
    message: string,
    /** What neo4j-admin printed (stdout and stderr), for callers that explain known failures. */
    readonly output: string,
  ) {
    super(message);
  }
}

const ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool";

/**
 * Runs the real `neo4j-admin` (org.neo4j.cli.AdminTool, from the Neo4j jars the embedded
 * launcher already uses) against the Neo4j home `home` (the embedded data folder: its
 * `data/databases/` and `data/transactions/` are where the launcher keeps the store).
 * Resolves with what it printed; rejects with a Neo4jAdminError when it exits with an error.
 */
export async function runNeo4jAdmin(
  home: string,
  args: readonly string[],
  log: (line: string) => void = () => undefined,
): Promise<string> {
  const classpath = await ensureLauncherClasspath(log);
  const conf = path.join(home, "conf");
  await mkdir(conf, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      javaExecutable(),
      ["-Xmx512m", ...extraJvmFlags(), "-cp", classpath, ADMIN_MAIN_CLASS, ...args],
      {
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error) =>
      reject(
        new Neo4jAdminError(
          `Could not start Java for neo4j-admin (${error.message}); install Java 17 (Debian: apt-get install openjdk-17-jre-headless).`,
          output,
        ),
      ),
    );
    child.once("exit", (code) => {
      if (code === 0) resolve(output);
      else {
        const command = `neo4j-admin ${args.slice(0, 2).join(" ")}`;
        reject(
          new Neo4jAdminError(`${command} exited with ${code}:\n${output.slice(-3000)}`, output),
        );
      }
    });
  });
}
