import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/** How many of the slowest test files the summary lists. */
const SLOWEST_SHOWN = 12;

/**
 * Prints the slowest test files (to see where the suite's time goes), then one plain closing
 * line, "N passed, N failed", after Vitest's own summary, so CI logs end with a count any reader
 * (or tool) understands. A file that failed outside its tests (a hook or its import threw, so
 * its tests were skipped) and an unhandled error each count as one failure: the line never says
 * "0 failed" for a run that failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
        else skipped++;
      }
      if (failedHere === 0 && testModule.state() === "failed") failedHere = 1;
      failed += failedHere;
    }
    process.stdout.write(slowestFiles(testModules));
    process.stdout.write(
      `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}

function slowestFiles(testModules: ReadonlyArray<TestModule>): string {
  const timed = testModules
    .map((testModule) => ({
      file: `${testModule.project.name}: ${testModule.relativeModuleId}`,
      seconds: testModule.diagnostic().duration / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, SLOWEST_SHOWN);
  if (timed.length === 0) return "";
  const lines = timed.map(({ file, seconds }) => `${seconds.toFixed(1).padStart(7)} s  ${file}`);
  return `\nSlowest test files (tests and hooks):\n${lines.join("\n")}\n`;
}
