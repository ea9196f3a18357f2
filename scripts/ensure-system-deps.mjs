#!/usr/bin/env node
// Checks the system tools Ownergraph needs beyond npm packages, and installs what is missing
// with apt-get when it can (root on Debian/Ubuntu). Otherwise says exactly what to install.
//   --for start: Java 17+ and Maven (only when NEO4J_URI is not set: embedded Neo4j)
//   --for test:  the same, plus Chromium for the browser tests and OpenSSL for the HTTPS test
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const purpose = process.argv[process.argv.indexOf("--for") + 1] ?? "start";
const needsEmbeddedNeo4j = !process.env.NEO4J_URI;

function works(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return result.status === 0 ? `${result.stdout}${result.stderr}` : null;
}

function javaMajor() {
  const output = works("java", ["-version"]);
  const match = output && /version "(\d+)/.exec(output);
  return match ? Number(match[1]) : 0;
}

const missing = [];
if (needsEmbeddedNeo4j) {
  if (javaMajor() < 17)
    missing.push({ tool: "Java 17 or newer", packages: ["openjdk-17-jdk-headless"] });
  if (!works("mvn", ["-v"])) missing.push({ tool: "Maven", packages: ["maven"] });
}
if (purpose === "test") {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium))
    missing.push({ tool: "Chromium", packages: ["chromium", "fonts-noto-cjk"] });
  // The HTTPS test makes its own self-signed certificate.
  if (!works("openssl", ["version"])) missing.push({ tool: "OpenSSL", packages: ["openssl"] });
}

if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((item) => item.packages);
const names = missing.map((item) => item.tool).join(", ");
const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (!canApt) {
  console.error(
    `Ownergraph needs ${names}. Install them (Debian/Ubuntu: sudo apt-get install ${packages.join(" ")})` +
      (needsEmbeddedNeo4j
        ? ", or set NEO4J_URI to use an existing Neo4j instead of the embedded one."
        : "."),
  );
  process.exit(1);
}
console.info(`Installing ${names} with apt-get (${packages.join(" ")})…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
  stdio: "inherit",
  env,
});
