/** One problem found in the seed files: where it is, what is wrong, how to fix it. */
export interface SeedProblem {
  file: string;
  /** The entry's id, or `#<index>` when it has none. */
  entry: string;
  reason: string;
  hint: string;
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file} › ${problem.entry} › ${problem.reason}. Fix: ${problem.hint}`;
}

/** Thrown by the reader and the validator; lists every problem, not just the first. */
export class SeedValidationError extends Error {
  override readonly name = "SeedValidationError";
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `The seed has ${count}; nothing was written:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join("\n"),
    );
    this.problems = problems;
  }
}

/** Collects problems while the validator walks the files. */
export class ProblemList {
  readonly items: SeedProblem[] = [];

  add(file: string, entry: string, reason: string, hint: string): void {
    this.items.push({ file, entry, reason, hint });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new SeedValidationError(this.items);
  }
}
