import { spawnSync } from "node:child_process";

// `npm run bench`: every benchmark, one after another (each writes its section of BENCHMARKS.md).
// They run alone on purpose: two at once on a 2-core machine would measure each other.
const ALL_SCRIPTS = [
  "bench/explorer-latency.ts",
  "bench/changes-latency.ts",
  "bench/console-overhead.ts",
  "bench/export-speed.ts",
  "bench/render-bench.ts",
  "bench/render-compare.ts",
  "bench/layered-layout.ts",
  "bench/import-speed.ts",
  "bench/load-run.ts",
];
// `npm run bench -- --scale 1m` (100k, 300k, 1m; commas for several) runs only bench/scale.ts:
// generate, bulk and online load, and the explorer's endpoints at that size (see docs/scale.md).
const scaleAt = process.argv.indexOf("--scale");
const SCALE_ARGS = scaleAt === -1 ? [] : ["--scale", process.argv[scaleAt + 1] ?? ""];
const SCRIPTS = scaleAt === -1 ? ALL_SCRIPTS : ["bench/scale.ts"];

// The servers these benchmarks start in-process get the Node flags of `npm start`.
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

// The browser benchmarks need the built app; the scale run does not.
if (scaleAt === -1) {
  const build = spawnSync("npx", ["vite", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
let failed = 0;
for (const script of SCRIPTS) {
  console.info(`\n▶ ${script}`);
  const args = ["tsx", ...SERVER_NODE_FLAGS, script, ...SCALE_ARGS];
  const run = spawnSync("npx", args, { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`${script} failed with exit code ${run.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
