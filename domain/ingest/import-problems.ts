/**
 * What an import found wrong with its input. A hard error stops the import before anything is
 * written; a warning (an unmapped type, an unknown code) is counted and listed, and the import
 * goes on. Every problem says where (file, and the line, record or statement id), what is wrong
 * and what to do.
 */

export interface ImportProblem {
  /** Stable, kebab-case: `share-out-of-range`, `dangling-reference`, `unmapped-schema`. */
  code: string;
  file: string;
  /** Where in the file: `line 12`, `statement 1dc0e987…`, `record 5`; null for the whole file. */
  at: string | null;
  /** What is wrong, in a sentence. */
  message: string;
  /** What to do about it, in a sentence. */
  fix: string;
}

/** Warnings of one code, counted, with the first few as examples. */
export interface WarningGroup {
  code: string;
  count: number;
  examples: ImportProblem[];
}

export interface ImportReport {
  /** The first errors, in the order found (at most ERRORS_KEPT). */
  errors: ImportProblem[];
  /** Every error, including those not kept. */
  errorCount: number;
  warnings: WarningGroup[];
}

const ERRORS_KEPT = 100;
const EXAMPLES_KEPT = 5;

/** Collects the problems of one import; memory stays bounded however many there are. */
export class ImportProblems {
  private readonly kept: ImportProblem[] = [];
  private errors = 0;
  private readonly warningGroups = new Map<string, WarningGroup>();

  error(problem: ImportProblem): void {
    this.errors++;
    if (this.kept.length < ERRORS_KEPT) this.kept.push(problem);
  }

  warn(problem: ImportProblem): void {
    const group = this.warningGroups.get(problem.code);
    if (group === undefined) {
      this.warningGroups.set(problem.code, { code: problem.code, count: 1, examples: [problem] });
      return;
    }
    group.count++;
    if (group.examples.length < EXAMPLES_KEPT) group.examples.push(problem);
  }

  get errorCount(): number {
    return this.errors;
  }

  report(): ImportReport {
    return {
      errors: [...this.kept],
      errorCount: this.errors,
      warnings: [...this.warningGroups.values()].map((group) => ({
        ...group,
        examples: [...group.examples],
      })),
    };
  }
}

/** One line per problem: `file, at: message Fix.` */
export function problemLine(problem: ImportProblem): string {
  const where = problem.at === null ? problem.file : `${problem.file}, ${problem.at}`;
  return `${where}: ${problem.message} ${problem.fix}`;
}

/** Thrown when validation found hard errors: nothing was written. */
export class ImportRejectedError extends Error {
  override readonly name = "ImportRejectedError";
  constructor(readonly report: ImportReport) {
    const first = report.errors.slice(0, 5).map(problemLine);
    const more = report.errorCount - first.length;
    super(
      `The import found ${String(report.errorCount)} error${report.errorCount === 1 ? "" : "s"} ` +
        `and wrote nothing:\n${first.join("\n")}` +
        (more > 0 ? `\n…and ${String(more)} more (see the full report).` : ""),
    );
  }
}
