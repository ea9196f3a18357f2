#!/usr/bin/env node
// `npm test`: every check and test of the project, in two lanes side by side (one per core).
// The integration tests run as two queues, each a Vitest run with a test Neo4j of its own (the
// global setup starts one per run): the browser tests after the build they load, and the other
// integration tests. With NEO4J_URI set both queues would share that one database, so they run
// one after the other. Steps in a lane run in order; a failed step does not stop the others, so
// one run reports every failure. The checks' output is printed whole when each ends; the tests'
// as it comes, a whole line at a time. Exits 1 if any step failed.
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

const LANES = process.env.NEO4J_URI
  ? [
      ["build", "test:browser", "test:database"],
      ["typecheck", "lint", "format:check", "knip", "test:own-processes"],
    ]
  : [
      // Balanced by the fresh-clone runs: lane 1 ended about 40 s before lane 2 with the
      // format check in lane 2 (527 s against 566 s), so it moved.
      ["build", "test:browser", "test:own-processes", "format:check"],
      ["test:database", "typecheck", "lint", "knip"],
    ];
const isTest = (script) => script.startsWith("test:");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// Vitest's closing line (tests/support/summary-reporter.ts), added up over the test steps.
const SUMMARY = /^(\d+) passed, (\d+) failed$/gm;

function run(script) {
  const started = Date.now();
  const live = isTest(script);
  if (live) process.stdout.write(`\n> ${script}: started\n`);
  return new Promise((resolve) => {
    const child = spawn(npm, ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let pending = "";
    const take = (chunk) => {
      output += chunk;
      if (!live) return;
      // Whole lines only, so a step printed meanwhile never lands inside one.
      pending += chunk;
      const end = pending.lastIndexOf("\n");
      if (end < 0) return;
      process.stdout.write(pending.slice(0, end + 1));
      pending = pending.slice(end + 1);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", (error) => take(`${error.message}\n`));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? "passed" : `FAILED (exit ${code})`;
      const body = live ? pending : output;
      process.stdout.write(`${body}\n> ${script}: ${verdict} in ${seconds} s\n`);
      resolve({ script, ok: code === 0, output });
    });
  });
}

async function runLane(scripts) {
  const results = [];
  for (const script of scripts) results.push(await run(script));
  return results;
}

const results = (await Promise.all(LANES.map(runLane))).flat();
const failedSteps = results.filter((result) => !result.ok).map((result) => result.script);
let passed = 0;
let failed = 0;
for (const result of results) {
  const counts = [...stripVTControlCharacters(result.output).matchAll(SUMMARY)].at(-1);
  const failedHere = counts ? Number(counts[2]) : 0;
  if (counts) passed += Number(counts[1]);
  // A failed check, or a test run that stopped before it could count, is one failure: the
  // closing line never says "0 failed" for a run that failed.
  failed += result.ok || failedHere > 0 ? failedHere : 1;
}
if (failedSteps.length > 0) console.error(`\nFailed: ${failedSteps.join(", ")}: see above.`);
// The one closing line for the whole run, in the shape each Vitest run ends with.
console.info(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
