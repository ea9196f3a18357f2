import { existsSync, readFileSync, statSync, utimesSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../config";

/** Thrown when the Java launcher cannot be built (no Maven, no network on first build, ...). */
export class LauncherBuildError extends Error {
  override readonly name = "LauncherBuildError";
}

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, "neo4j-launcher");
const CLASSES_DIR = path.join(LAUNCHER_DIR, "target", "classes");
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, "target", "classpath.txt");
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, "org", "ownergraph", "launcher", "Launcher.class");
const SOURCES = [
  path.join(LAUNCHER_DIR, "pom.xml"),
  path.join(LAUNCHER_DIR, "src", "main", "java", "org", "ownergraph", "launcher", "Launcher.java"),
];

export const LAUNCHER_MAIN_CLASS = "org.ownergraph.launcher.Launcher";

/**
 * The Java class path of the launcher, building it with Maven first when it is missing or older
 * than its sources. Maven fetches the Neo4j jars once into ~/.m2 and works offline after that.
 */
export async function ensureLauncherClasspath(log: (line: string) => void): Promise<string> {
  if (!isBuildCurrent()) {
    log("Building the Neo4j launcher with Maven (the first build downloads Neo4j, ~150 MB)…");
    await runMaven(["-B", "-q", "compile"]);
    if (!existsSync(MAIN_CLASS_FILE) || !existsSync(CLASSPATH_FILE)) {
      throw new LauncherBuildError(
        `Maven finished but ${path.relative(PROJECT_ROOT, MAIN_CLASS_FILE)} or the class path file is missing.`,
      );
    }
    // Maven leaves files it finds up to date untouched (the class path file when only the
    // source changed): mark this build as the current one, or the next start would build again.
    const now = new Date();
    for (const file of [MAIN_CLASS_FILE, CLASSPATH_FILE]) utimesSync(file, now, now);
  }
  return `${CLASSES_DIR}${path.delimiter}${readFileSync(CLASSPATH_FILE, "utf8").trim()}`;
}

function isBuildCurrent(): boolean {
  if (!existsSync(MAIN_CLASS_FILE) || !existsSync(CLASSPATH_FILE)) return false;
  const built = Math.min(statSync(MAIN_CLASS_FILE).mtimeMs, statSync(CLASSPATH_FILE).mtimeMs);
  if (SOURCES.some((source) => statSync(source).mtimeMs > built)) return false;
  // The jars live in ~/.m2; a cleaned cache means Maven must fetch them again.
  const jars = readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter);
  return jars.every((jar) => existsSync(jar));
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, {
      cwd: LAUNCHER_DIR,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", (error) =>
      reject(
        new LauncherBuildError(
          `Could not run Maven (${error.message}). Install it (Debian: apt-get install maven) or set NEO4J_URI to use an existing Neo4j.`,
        ),
      ),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new LauncherBuildError(
              `Maven exited with code ${code} while building neo4j-launcher/. Its output is above; the first build needs Maven Central.`,
            ),
          ),
    );
  });
}
