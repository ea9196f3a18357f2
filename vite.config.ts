import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// One config for the front-end build (app/ → dist/app) and for Vitest.
// Tests come in two projects: "unit" (pure functions, no database) and "integration"
// (real Neo4j started once by the global setup; the browser end-to-end tests live there
// too because they need the same database).
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
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-neo4j.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Tests share one database; run files one after another so they do not race.
          fileParallelism: false,
        },
      },
    ],
  },
});
