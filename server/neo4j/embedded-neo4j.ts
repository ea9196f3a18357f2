import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import type { EmbeddedNeo4jConfig } from "../config";
import { ensureLauncherClasspath, LAUNCHER_MAIN_CLASS } from "./launcher-build";
import { resolveEmbeddedPassword } from "./password-file";
import { findFreePort, isPortFree } from "./free-port";
import { extraJvmFlags, javaExecutable } from "./java-command";

/** Thrown when the embedded Neo4j does not come up; the message carries its last words. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = "EmbeddedNeo4jError";
}

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** The Bolt port on 127.0.0.1; a restart reuses it so the driver finds the database again. */
  port: number;
  /** The JVM's process id (tests pause and kill it). */
  pid: number | undefined;
  /** Settles when the JVM exits, whether it was asked to or not. */
  exited: Promise<JvmExit>;
  /** Shuts the database down cleanly and waits for the JVM to exit. */
  stop(): Promise<void>;
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

// The flags Neo4j's own scripts pass to the JVM.
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
];

/** OWNERGRAPH_NEO4J_START_TIMEOUT (seconds) lets a loaded or slow machine wait longer. */
const START_TIMEOUT_MS = Number(process.env.OWNERGRAPH_NEO4J_START_TIMEOUT || 180) * 1000;
const STOP_TIMEOUT_MS = 60_000;

/** Starts Neo4j Community embedded (see neo4j-launcher/) and resolves once Bolt answers. */
export async function startEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  log: (line: string) => void = (line) => console.info(line),
): Promise<RunningNeo4j> {
  const classpath = await ensureLauncherClasspath(log);
  const password = resolveEmbeddedPassword(config.dataDir, config.password);
  const port = await choosePort(config.boltPort);
  const child = spawn(
    javaExecutable(),
    [`-Xmx${config.heap}`, ...JVM_FLAGS, ...extraJvmFlags(), "-cp", classpath, LAUNCHER_MAIN_CLASS],
    {
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        OWNERGRAPH_NEO4J_HOME: config.dataDir,
        OWNERGRAPH_NEO4J_BOLT_PORT: String(port),
        OWNERGRAPH_NEO4J_PASSWORD: password,
        OWNERGRAPH_NEO4J_PAGECACHE: config.pageCache,
      },
    },
  );
  log(`Starting embedded Neo4j (data in ${config.dataDir}, Bolt on 127.0.0.1:${port})…`);
  const uri = await waitForReady(child, config.dataDir);
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<JvmExit>((resolve) => {
    const settle = (code: number | null, signal: NodeJS.Signals | null) => {
      process.removeListener("exit", killOnExit);
      resolve({ code, signal });
    };
    if (child.exitCode !== null || child.signalCode !== null) {
      settle(child.exitCode, child.signalCode);
    } else child.once("exit", settle);
  });
  log(`Neo4j is ready at ${uri}.`);
  return {
    uri,
    username: "neo4j",
    password,
    database: "neo4j",
    port,
    pid: child.pid,
    exited,
    async stop() {
      process.removeListener("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing stdin makes the launcher shut the database down through its management service.
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function choosePort(requested: number | undefined): Promise<number> {
  if (requested !== undefined) {
    if (!(await isPortFree(requested))) {
      throw new EmbeddedNeo4jError(
        `OWNERGRAPH_NEO4J_BOLT_PORT ${requested} is already in use on 127.0.0.1: choose another port or unset it.`,
      );
    }
    return requested;
  }
  return (await isPortFree(7687)) ? 7687 : findFreePort();
}

function waitForReady(child: ChildProcessWithoutNullStreams, dataDir: string): Promise<string> {
  const lastLines: string[] = [];
  const remember = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 15) lastLines.shift();
  };
  createInterface({ input: child.stderr }).on("line", remember);
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      const hint = lastLines.some((line) => /lock/i.test(line))
        ? ` Another Neo4j seems to be using ${dataDir}: stop it first.`
        : ` See ${path.join(dataDir, "logs", "debug.log")}.`;
      reject(new EmbeddedNeo4jError(`${reason}.${hint}\n${lastLines.join("\n")}`));
    };
    const timer = setTimeout(
      () => fail(`Embedded Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    const onExit = (code: number | null) =>
      fail(`Embedded Neo4j exited with code ${code} before it was ready`);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        child.removeListener("exit", onExit);
        resolve(ready[1]);
      } else {
        remember(line);
      }
    });
    child.once("error", (error) =>
      fail(
        `Could not start Java (${error.message}); install Java 17 (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI`,
      ),
    );
    child.once("exit", onExit);
  });
}
