#!/usr/bin/env node
// Runs the static checks `npm test` needs before the tests (the npm scripts named on the command
// line) side by side, as many at a time as the machine has cores: each is one single-threaded
// process (tsc, eslint, prettier, knip, vite), so on two cores two finish in the time of one.
// Each check's output is printed whole when it ends, never interleaved. Exits 1 if any failed.
import { spawn } from "node:child_process";
import os from "node:os";

const scripts = process.argv.slice(2);
const slots = Math.max(1, os.availableParallelism());
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => (output += `${error.message}\n`));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? "passed" : `FAILED (exit ${code})`;
      process.stdout.write(`\n> ${script}: ${verdict} in ${seconds} s\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...scripts];
let failed = 0;
async function worker() {
  for (let script = queue.shift(); script !== undefined; script = queue.shift()) {
    if (!(await run(script))) failed++;
  }
}
await Promise.all(Array.from({ length: Math.min(slots, scripts.length) }, worker));
if (failed > 0) {
  console.error(`\n${failed} of ${scripts.length} checks failed: see above.`);
  process.exit(1);
}
