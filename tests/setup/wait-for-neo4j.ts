import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import "../support/test-neo4j-context";

/**
 * Runs before each integration test file: waits until the global setup's Neo4j is started,
 * with its schema and seed (tests/setup/global-neo4j.ts starts it in the background), or fails
 * the file with the reason it did not start.
 */
const WAIT_MS = 240_000;
const POLL_MS = 250;

async function readiness(file: string): Promise<{ ready: boolean; message?: string } | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as { ready: boolean; message?: string };
  } catch {
    return null;
  }
}

const { readyFile } = inject("neo4j");
const deadline = Date.now() + WAIT_MS;
let state = await readiness(readyFile);
while (state === null && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  state = await readiness(readyFile);
}
if (state === null) {
  throw new Error(
    `The test Neo4j was not ready within ${WAIT_MS / 1000} s; see the [neo4j] lines.`,
  );
}
if (!state.ready) throw new Error(`The test Neo4j did not start: ${state.message ?? "unknown"}`);
