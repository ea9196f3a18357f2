/** Reads the four data files of a seed directory (graph-seed/data by default). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ProblemList } from "./seed-validation-error";
import { SEED_FILE_NAMES, type SeedDataset, type SeedFiles } from "./seed-types";
import { validateSeed } from "./validate-seed";

/** The seed that ships with Ownergraph. */
export const SEED_DATA_DIRECTORY = fileURLToPath(new URL("./data/", import.meta.url));

/** The parsed files, unchecked; a missing file or broken JSON throws SeedValidationError. */
export async function readSeedFiles(directory: string): Promise<SeedFiles> {
  const problems = new ProblemList();
  const keys = Object.keys(SEED_FILE_NAMES) as (keyof SeedFiles)[];
  const parsed = await Promise.all(
    keys.map((key) => readJson(directory, SEED_FILE_NAMES[key], problems)),
  );
  problems.throwIfAny();
  const files: SeedFiles = { manifest: null, sources: null, entities: null, relationships: null };
  keys.forEach((key, index) => {
    files[key] = parsed[index];
  });
  return files;
}

/** Reads and validates a seed directory: the dataset the writer takes. */
export async function readSeedDirectory(
  directory: string = SEED_DATA_DIRECTORY,
): Promise<SeedDataset> {
  return validateSeed(await readSeedFiles(directory));
}

async function readJson(directory: string, file: string, problems: ProblemList): Promise<unknown> {
  const filePath = path.join(directory, file);
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch {
    problems.add(
      file,
      "(file)",
      `cannot be read at ${filePath}`,
      "check that the seed directory holds all four data files",
    );
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.add(
      file,
      "(file)",
      `is not valid JSON (${detail})`,
      "fix the syntax, e.g. with `npx prettier --check` on the file",
    );
    return null;
  }
}
