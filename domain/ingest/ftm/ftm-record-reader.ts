/**
 * Reads one FtM record's property values for the mapping: trimmed and de-duplicated, checked
 * against the model's kinds, each problem reported with the record's place. It remembers which
 * properties the mapping took, so that the rest can be counted as unmapped.
 */
import type { ImportProblems } from "../import-problems";
import type { RowOrigin } from "../model-rows";
import type { FtmRecord } from "./ftm-record";
import { ftmText, type Read } from "./ftm-values";

export interface ValueCheck<T> {
  read: (text: string) => Read<T>;
  /** The problem's code, e.g. `bad-share`. */
  code: string;
  /** False for values a real export may hold that the model cannot (a country "suhh"). */
  hard: boolean;
}

export class FtmRecordReader {
  private readonly taken = new Set<string>();

  constructor(
    readonly record: FtmRecord,
    readonly origin: RowOrigin,
    private readonly problems: ImportProblems,
  ) {}

  /** Every value of a property, trimmed, each once; marks the property as mapped. */
  texts(property: string): string[] {
    this.taken.add(property);
    const values = (this.record.properties[property] ?? []).map(ftmText);
    return [...new Set(values.filter((value): value is string => value !== null))];
  }

  /** The values joined with "; " (several roles or programmes are kept, not picked from). */
  joined(property: string): string | undefined {
    const values = this.texts(property);
    return values.length === 0 ? undefined : values.join("; ");
  }

  /** The first value that passes the check; the others are reported, never dropped unsaid. */
  first<T>(property: string, check: ValueCheck<T>): T | undefined {
    const good: { text: string; value: T }[] = [];
    for (const text of this.texts(property)) {
      const read = check.read(text);
      if ("value" in read) good.push({ text, value: read.value });
      else this.report(check, `Property "${property}" of ${this.what()} ${read.problem}.`);
    }
    const [kept, ...rest] = good;
    if (kept !== undefined && rest.length > 0) {
      this.problems.warn({
        ...this.origin,
        code: "extra-values",
        message:
          `${this.what()} gives ${String(good.length)} values for "${property}" ` +
          `(${good.map((item) => item.text).join(", ")}); the model holds one, so it keeps "${kept.text}".`,
        fix: "Nothing to do if that one is right; otherwise correct the file.",
      });
    }
    return kept?.value;
  }

  /** The properties the record holds that the mapping did not take. */
  untaken(): string[] {
    return Object.keys(this.record.properties).filter((key) => !this.taken.has(key));
  }

  take(property: string): void {
    this.taken.add(property);
  }

  /** A soft problem of this record: counted and listed, the value left out. */
  warn(
    code: string,
    message: string,
    fix = "The value is left out; correct the file to keep it.",
  ): void {
    this.problems.warn({ ...this.origin, code, message, fix });
  }

  what(): string {
    return `the ${this.record.schema} "${this.record.id}"`;
  }

  private report(check: ValueCheck<unknown>, message: string): void {
    const problem = {
      ...this.origin,
      code: check.code,
      message,
      fix: check.hard
        ? "Correct the value in the file, then import again."
        : "The value is left out; correct the file to keep it.",
    };
    if (check.hard) this.problems.error(problem);
    else this.problems.warn(problem);
  }
}
