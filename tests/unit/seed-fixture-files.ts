/**
 * Test helpers: the real seed files, cloned so a test can break one entry and check the message.
 */
import { SEED_DATA_DIRECTORY, readSeedFiles, type SeedFiles } from "../../graph-seed";
import { SeedValidationError, validateSeed } from "../../graph-seed";

export type RawEntry = Record<string, unknown>;

export async function realSeedFiles(): Promise<SeedFiles> {
  return structuredClone(await readSeedFiles(SEED_DATA_DIRECTORY));
}

export function entries(
  files: SeedFiles,
  key: "sources" | "entities" | "relationships",
): RawEntry[] {
  return files[key] as RawEntry[];
}

export function entryById(
  files: SeedFiles,
  key: "sources" | "entities" | "relationships",
  id: string,
): RawEntry {
  const found = entries(files, key).find((entry) => entry["id"] === id);
  if (!found) throw new Error(`The real seed has no ${key} entry "${id}"; update the test.`);
  return found;
}

/** The messages of the SeedValidationError that validating `files` throws. */
export function problemsOf(files: SeedFiles): string[] {
  try {
    validateSeed(files);
  } catch (error) {
    if (error instanceof SeedValidationError) {
      return error.problems.map((p) => `${p.file} › ${p.entry} › ${p.reason}. Fix: ${p.hint}`);
    }
    throw error;
  }
  throw new Error("Expected the broken seed to fail validation, but it passed.");
}
