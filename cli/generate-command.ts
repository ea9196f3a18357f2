import { parseArgs } from "node:util";
import {
  syntheticBodsJsonLines,
  type SyntheticBodsSummary,
} from "../domain/synthetic/synthetic-bods";
import { writeFilesAtomically } from "./atomic-write";
import type { ProgressLine } from "./progress-line";
import { UsageError } from "./usage-error";

/** `ownergraph generate`: a synthetic register to import, for benchmarks and tests. */

export interface GenerateCommand {
  command: "generate";
  entities: number;
  format: "bods";
  out: string;
  seed: number;
  datasetIndex: number;
  quiet: boolean;
}

const MAX_ENTITIES = 50_000_000;

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new UsageError(
      `--${name} must be a whole number from 0 to ${String(max)}, not "${raw}".`,
    );
  }
  return value;
}

export function parseGenerateCommand(
  args: readonly string[],
): GenerateCommand | { command: "help"; topic: "generate" } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        entities: { type: "string", short: "n" },
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        seed: { type: "string" },
        "dataset-index": { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { command: "help", topic: "generate" };
  if (values.out === undefined || values.out === "") {
    throw new UsageError("Say where to write with --out FILE (JSON Lines).");
  }
  if (values.format !== undefined && values.format !== "bods") {
    throw new UsageError(`--format ${values.format} is not generated yet; use --format bods.`);
  }
  const entities = wholeNumber("entities", values.entities, 10_000, MAX_ENTITIES);
  if (entities < 10) throw new UsageError("--entities must be at least 10.");
  return {
    command: "generate",
    entities,
    format: "bods",
    out: values.out,
    seed: wholeNumber("seed", values.seed, 1, 2 ** 31),
    datasetIndex: wholeNumber("dataset-index", values["dataset-index"], 0, 1000),
    quiet: values.quiet === true,
  };
}

export async function runGenerateCommand(
  command: GenerateCommand,
  progress: ProgressLine,
): Promise<void> {
  progress.stage(`generating ${command.entities.toLocaleString("en-GB")} entities`);
  const summary: SyntheticBodsSummary = {
    entities: 0,
    relationshipRecords: 0,
    statements: 0,
    undisclosedOwners: 0,
    updates: 0,
    closures: 0,
    widestOwnerCount: 0,
    largestHolding: 0,
  };
  const body = syntheticBodsJsonLines(
    { entities: command.entities, seed: command.seed, datasetIndex: command.datasetIndex },
    summary,
  );
  await writeFilesAtomically([{ path: command.out, body }], (bytes) => progress.bytes(bytes));
  progress.finish(
    `Wrote ${command.out}: BODS 0.4 JSON Lines, ${summary.statements.toLocaleString("en-GB")} ` +
      `statements (${summary.entities.toLocaleString("en-GB")} entities and persons, ` +
      `${summary.relationshipRecords.toLocaleString("en-GB")} relationships, ` +
      `${String(summary.updates)} updated and ${String(summary.closures)} closed later, ` +
      `${String(summary.undisclosedOwners)} owners not disclosed). Import it with:\n` +
      `  npx ownergraph import ${command.out}`,
  );
}

export const GENERATE_HELP = `Usage: ownergraph generate --entities N --out FILE [options]

Writes a synthetic ownership register to import: state bodies over state groups, chains of up
to 14 levels, diamonds, cross-holdings, one owner of many companies and one company with many
owners, persons, anonymous persons and undisclosed owners, share ranges and unknown shares,
and records updated or closed later. The same seed gives the same file.

  -n, --entities N       how many entities and persons (default 10000)
  -f, --format FORMAT    bods (BODS 0.4 JSON Lines)
  -o, --out FILE         where to write
      --seed S           the random seed (default 1)
      --dataset-index K  0, 1, 2…: dataset K shares half its registration numbers with K-1
      --quiet            print only errors
`;
