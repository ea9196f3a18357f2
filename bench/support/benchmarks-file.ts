import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config";

const FILE = path.join(PROJECT_ROOT, "BENCHMARKS.md");
const HEADER =
  "# Benchmarks\n\nFigures written by `npm run bench` (each section by its own script). Machine: see each section.\n";

/** Replaces (or appends) one `## heading` section of BENCHMARKS.md, leaving the others intact. */
export async function writeBenchmarkSection(heading: string, body: string): Promise<void> {
  const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
  const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`;
  const section = `## ${heading}\n\n${machine}\n\n${body.trim()}\n`;
  const pattern = new RegExp(
    `## ${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n[\\s\\S]*?(?=\\n## |$)`,
  );
  const next = pattern.test(current)
    ? current.replace(pattern, section.trimEnd() + "\n")
    : `${current.trimEnd()}\n\n${section}`;
  // Formatted like the rest of the repository, so `npm test`'s format check stays green.
  writeFileSync(FILE, await format(next, { parser: "markdown", printWidth: 100 }));
}
