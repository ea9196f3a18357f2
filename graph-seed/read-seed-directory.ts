/**
 * Reads the four data files of a seed directory (graph-seed/data by default), and the source
 * texts in its `source-texts/` folder, if it has one.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ProblemList } from "./seed-validation-error";
import {
  SEED_FILE_NAMES,
  type SeedDataFiles,
  type SeedDataset,
  type SeedFiles,
} from "./seed-types";
import { validateSeed } from "./validate-seed";
import { SOURCE_TEXT_FOLDER } from "./source-texts";

/** The seed that ships with Ownergraph. */
export const SEED_DATA_DIRECTORY = fileURLToPath(new URL("./data/", import.meta.url));

/** The parsed files, unchecked; a missing file or broken JSON throws SeedValidationError. */
export async function readSeedFiles(directory: string): Promise<SeedFiles> {
  const problems = new ProblemList();
  const keys = Object.keys(SEED_FILE_NAMES) as (keyof SeedDataFiles)[];
  const parsed = await Promise.all(
    keys.map((key) => readJson(directory, SEED_FILE_NAMES[key], problems)),
  );
  const sourceTexts = await readSourceTexts(directory, problems);
  problems.throwIfAny();
  const files: SeedFiles = {
    manifest: null,
    sources: null,
    entities: null,
    relationships: null,
    sourceTexts,
  };
  keys.forEach((key, index) => {
    files[key] = parsed[index];
  });
  return files;
}

/** The `.txt` files of the seed's source-texts folder, by file name; none when it is absent. */
async function readSourceTexts(
  directory: string,
  problems: ProblemList,
): Promise<Record<string, string>> {
  const folder = path.join(directory, SOURCE_TEXT_FOLDER);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(".txt")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    problems.add(
      SOURCE_TEXT_FOLDER,
      "(folder)",
      `cannot be read at ${folder}`,
      "check the folder's permissions",
    );
    return {};
  }
  const texts: Record<string, string> = {};
  for (const name of names) texts[name] = await readFile(path.join(folder, name), "utf8");
  return texts;
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
