/**
 * Reading fields of a JSON object written by a person (the CSV mapping file), each problem
 * reported with the path of the field (`entities[0].properties.name`), what is wrong and how to
 * fix it. Nothing throws: a wrong field is reported and read as absent.
 */
import type { ImportProblems } from "../import-problems";

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class JsonFields {
  constructor(
    private readonly problems: ImportProblems,
    private readonly file: string,
  ) {}

  report(path: string, code: string, message: string, fix: string): void {
    this.problems.error({ code, file: this.file, at: path, message, fix });
  }

  /** A text field; absent when missing (an error when `required`). */
  text(object: JsonObject, key: string, path: string, required = false): string | null {
    const value = object[key];
    if (value === undefined) {
      if (required) {
        this.report(
          path,
          "mapping-missing-field",
          `The mapping has no "${key}" at ${path}.`,
          `Add "${key}" (see docs/import-csv.md).`,
        );
      }
      return null;
    }
    if (typeof value !== "string" || value.trim() === "") {
      this.report(
        `${path}.${key}`,
        "mapping-bad-field",
        `"${key}" at ${path} is ${JSON.stringify(value)}; it must be a non-empty text.`,
        `Write it as a text in quotes.`,
      );
      return null;
    }
    return value.trim();
  }

  object(object: JsonObject, key: string, path: string): JsonObject | null {
    const value = object[key];
    if (value === undefined) return null;
    if (!isJsonObject(value)) {
      this.report(
        `${path}.${key}`,
        "mapping-bad-field",
        `"${key}" at ${path} must be an object ({ ... }).`,
        `Write it as a JSON object.`,
      );
      return null;
    }
    return value;
  }

  array(object: JsonObject, key: string, path: string): unknown[] {
    const value = object[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(
        `${path}.${key}`,
        "mapping-bad-field",
        `"${key}" at ${path} must be a list ([ ... ]).`,
        `Write it as a JSON list of tables.`,
      );
      return [];
    }
    return value;
  }

  /** Keys the mapping does not know are errors: a typo would otherwise silently map nothing. */
  onlyKeys(object: JsonObject, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (allowed.includes(key)) continue;
      this.report(
        `${path}.${key}`,
        "mapping-unknown-field",
        `The mapping has an unknown field "${key}" at ${path}.`,
        `Use one of ${allowed.map((name) => `"${name}"`).join(", ")}, or remove it.`,
      );
    }
  }
}
