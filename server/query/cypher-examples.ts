import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  JsonSyntaxError,
  parseLosslessJson,
  type LosslessJsonValue,
} from "../../domain/json/lossless-json";
import type { CypherExample } from "../../domain/console/console-wire-types";

export type { CypherExample } from "../../domain/console/console-wire-types";

/** Thrown for an example file without its header: a packaging error, caught by the tests. */
export class CypherExampleError extends Error {
  override readonly name = "CypherExampleError";
}

const EXAMPLES_DIR = fileURLToPath(new URL("../../cypher/examples/", import.meta.url));
const HEADER = /^\/\/\s*(title|description|params|columns):\s?(.*)$/;

/**
 * Reads an example file: header lines `// title:`, `// description:`, `// params:` (a JSON
 * object, or `none`) and `// columns:`, each continued on indented comment lines (`//   ...`),
 * then the query (any other comment belongs to the query).
 */
export function parseExampleFile(id: string, text: string): CypherExample {
  const lines = text.split(/\r?\n/);
  const fields: Record<string, string[]> = { title: [], description: [], params: [], columns: [] };
  let last: string | undefined;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const header = HEADER.exec(line);
    if (header?.[1] !== undefined) {
      last = header[1];
      fields[last]?.push((header[2] ?? "").trim());
    } else if (last && /^\/\/\s{2,}\S/.test(line)) {
      // An indented comment line right after a field continues it.
      fields[last]?.push(line.slice(2).trim());
    } else {
      break;
    }
  }
  const title = fields.title?.join(" ") ?? "";
  if (!title) throw new CypherExampleError(`cypher/examples/${id}.cypher has no "// title:" line.`);
  const paramsSource = fields.params?.join("\n").trim() || "{}";
  let params: LosslessJsonValue;
  try {
    params = paramsSource === "none" ? {} : parseLosslessJson(paramsSource);
  } catch (error) {
    const reason = error instanceof JsonSyntaxError ? error.message : String(error);
    throw new CypherExampleError(
      `cypher/examples/${id}.cypher: "// params:" is not JSON: ${reason}`,
    );
  }
  const query = lines.slice(index).join("\n").trim();
  if (!query) throw new CypherExampleError(`cypher/examples/${id}.cypher holds no query.`);
  return {
    id,
    title,
    description: fields.description?.join(" ") ?? "",
    query,
    paramsText: formatParams(params),
  };
}

function formatParams(params: LosslessJsonValue): string {
  if (typeof params === "object" && params !== null && Object.keys(params).length === 0)
    return "{}";
  // Integers beyond 2^53 travel as tagged values; JSON.stringify writes them as such.
  return JSON.stringify(params, null, 2);
}

let cached: CypherExample[] | undefined;

/** Every example in cypher/examples/, sorted by file name (which sets the listed order). */
export function listCypherExamples(directory = EXAMPLES_DIR): CypherExample[] {
  if (directory === EXAMPLES_DIR && cached) return cached;
  const examples = readdirSync(directory)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) =>
      parseExampleFile(file.replace(/\.cypher$/, ""), readFileSync(`${directory}${file}`, "utf8")),
    );
  if (directory === EXAMPLES_DIR) cached = examples;
  return examples;
}
