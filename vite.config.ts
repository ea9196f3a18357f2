import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * Integration tests that start and stop Neo4j stores of their own and never touch the shared
 * test database: they run in a project of their own, not in the database's queue.
 */
const OWN_NEO4J_TESTS = [
  "tests/integration/backup-restore.test.ts",
  "tests/integration/neo4j-supervision.test.ts",
];

// One config for the front-end build (app/ → dist/app) and for Vitest.
// Tests come in three projects: "unit" (pure functions, no database), "own-neo4j" (tests that
// start a Neo4j of their own) and "integration" (the real Neo4j the global setup starts once;
// the browser end-to-end tests live there too because they need the same database).
export default defineConfig({
  root: "app",
  plugins: [react()],
  build: {
    outDir: "../dist/app",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The render benchmark page ships with the build so `npm run bench` can drive it.
      input: { main: "app/index.html", renderBench: "app/bench/render-bench.html" },
    },
  },
  worker: { format: "es" },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? "7475"}` },
  },
  test: {
    root: ".",
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // `vitest run` alone runs three stages, one after the other (Vitest runs groups in
    // `sequence.groupOrder`): the unit tests two at a time, the files that start a Neo4j of their
    // own one at a time (their JVMs would compete for the same two cores), then the tests that
    // share the one test database, one file after another in one worker. `npm test` runs them
    // in two lanes side by side instead (scripts/run-test-lanes.mjs).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          maxWorkers: 2,
          // Pure functions: the files share one module graph instead of loading it anew each.
          isolate: false,
          // They share two cores with JVMs starting: a generator of 4,000 entities may wait, and
          // so may a beforeAll that imports a whole register (Vitest's default is 10 s).
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "own-neo4j",
          include: OWN_NEO4J_TESTS,
          environment: "node",
          globalSetup: ["tests/setup/neo4j-launcher.ts"],
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          exclude: OWN_NEO4J_TESTS,
          environment: "node",
          globalSetup: ["tests/setup/global-neo4j.ts"],
          setupFiles: ["tests/setup/wait-for-neo4j.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Tests share one database: one worker runs the files one after another, and keeps
          // the server's modules loaded between them.
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 2 },
          // A browser busy drawing on a shared two-core machine may take seconds to reach the
          // state a test waits for; Vitest's default patience for expect.poll is one second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
